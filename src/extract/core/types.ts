import type { EntityType, ParsedDocument, Properties, RelationType, Span } from '../../model/index.js';

/**
 * One mention of a would-be entity, found by one extractor. Resolution (resolve-in-document.ts)
 * groups candidates into entities: same `canonical` key, or names that normalise alike.
 */
export interface Candidate {
  type: EntityType;
  /** The surface form exactly as in the text (source.slice(span.start, span.end) === name). */
  name: string;
  span: Span;
  /** 1-based index of the event whose text holds the mention; 0 for text outside any event. */
  event: number;
  /** A lexicon's canonical name when the mention was matched through one ("Biélorussie" → "République du Bélarus"). */
  canonical?: string;
  properties?: Properties;
}

/** A relation between candidates (or an event, by its 1-based index). */
export type Endpoint = { candidate: Candidate } | { event: number };

export interface RelationCandidate {
  type: RelationType;
  source: Endpoint;
  target: Endpoint;
  properties?: Properties;
  /** The sentence (or line) that supports the relation. */
  evidence: Span;
  /** The finder that proposed it; extraction sets it from the registry. */
  rule?: string;
}

export interface ExtractorOutput {
  candidates: Candidate[];
  relations: RelationCandidate[];
}

export const emptyOutput = (): ExtractorOutput => ({ candidates: [], relations: [] });

/** Finds entity mentions of one kind in a parsed document. */
export type EntityFinder = (doc: ParsedDocument) => Candidate[];

/** Finds relations given every entity candidate found in the document (all types). */
export type RelationFinder = (doc: ParsedDocument, found: readonly Candidate[]) => RelationCandidate[];

/** Finds entities and their relations given every entity candidate kept (figures: who stated them, what they measure). */
export type EntityRelationFinder = (doc: ParsedDocument, found: readonly Candidate[]) => ExtractorOutput;

/**
 * A finder as the registry lists it: what it proposes and which candidates of other finders it reads,
 * so that extraction can order, skip or explain finders without running them.
 */
export interface Finder<Find extends EntityFinder | RelationFinder | EntityRelationFinder> {
  /** Short and stable ("people", "held-in"): names the finder in diagnostics. */
  name: string;
  /** Entity and relation types it proposes. */
  emits: readonly (EntityType | RelationType)[];
  /** Entity types it reads among the candidates kept before it runs; none for a finder of the text alone. */
  needs: readonly EntityType[];
  find: Find;
}
