import type { EntityType, ParsedDocument } from '../../../model/index.js';
import type { GazetteerMatch } from './gazetteer.js';
import { lexiconGazetteer } from './gazetteer-lexicon.js';
import { eventIndexAt } from '../../core/sentences.js';
import type { Candidate } from '../../core/types.js';

const memo = new WeakMap<ParsedDocument, GazetteerMatch[]>();

/** Lexicon matches over the whole text, computed once per document for both finders. */
export function lexiconMatches(doc: ParsedDocument): GazetteerMatch[] {
  let found = memo.get(doc);
  if (!found) memo.set(doc, (found = lexiconGazetteer().match(doc.text)));
  return found;
}

/** A candidate for [start, end) of the document text. */
export function candidateAt(
  doc: ParsedDocument,
  type: EntityType,
  start: number,
  end: number,
  kind: string,
  canonical?: string,
  extra: Record<string, string> = {},
): Candidate {
  const c: Candidate = {
    type,
    name: doc.text.slice(start, end),
    span: { start, end },
    event: eventIndexAt(doc, start),
    properties: { kind, ...extra },
  };
  if (canonical) c.canonical = canonical;
  return c;
}

/** Lexicon matches of one type as candidates, with the lexicon's canonical name and properties. */
export function lexiconCandidates(doc: ParsedDocument, type: EntityType): Candidate[] {
  return lexiconMatches(doc)
    .filter((m) => m.entry.type === type)
    .map((m) => ({
      type,
      name: doc.text.slice(m.start, m.end),
      span: { start: m.start, end: m.end },
      event: eventIndexAt(doc, m.start),
      canonical: m.entry.canonical,
      properties: { ...m.entry.properties },
    }));
}

/** Drops candidates whose span overlaps an earlier-kept one; longer spans are kept first. */
export function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start,
  );
  const kept: Candidate[] = [];
  for (const c of sorted)
    if (!kept.some((k) => c.span.start < k.span.end && k.span.start < c.span.end)) kept.push(c);
  return kept.sort((a, b) => a.span.start - b.span.start);
}
