import type { Diagnostic, DocumentRecord, Entity, EntityType, Relation } from '../model/index.js';
import type { ConflictReason } from './conflict.js';

/** An entity after resolution: one real thing across documents, with the documents that name it. */
export interface ResolvedEntity extends Entity {
  documents: string[];
}

/** A relation after resolution: endpoints are resolved ids; `documents` are the documents that state it. */
export interface ResolvedRelation extends Relation {
  documents: string[];
  /** Each stating document's confidence (the highest when a document states it twice); `confidence` combines them. */
  documentConfidences: Record<string, number>;
}

/** Why two name forms were joined (strongest first). */
export type MergeReason = 'same-id' | 'same-name' | 'transliteration' | 'alias' | 'fuzzy' | 'surname';

export interface MergeRecord {
  id: string;
  type: EntityType;
  name: string;
  /** Every distinct name form joined into this entity, with the documents it came from. */
  forms: { name: string; documents: string[] }[];
  /** The links that joined them: `from` and `to` are name forms. */
  links: { from: string; to: string; reason: MergeReason }[];
}

export interface RejectedMerge {
  type: EntityType;
  a: string;
  b: string;
  /** The link the names suggested and the rule that refused it. */
  link: MergeReason;
  reason: ConflictReason | 'both-existing';
}

/** What an analyst audits: which names were merged and why, and which look-alikes were kept apart. */
export interface MergeLog {
  merged: MergeRecord[];
  rejected: RejectedMerge[];
}

export interface ResolvedGraph {
  documents: DocumentRecord[];
  entities: ResolvedEntity[];
  relations: ResolvedRelation[];
  mergeLog: MergeLog;
  diagnostics: Diagnostic[];
}

/** One entity as one extraction (or the existing graph) reports it. */
export interface Occurrence {
  entity: Entity;
  documents: string[];
  /** Already in the graph: keeps its id; two existing nodes are never merged here. */
  existing: boolean;
}
