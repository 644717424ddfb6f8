import type { EntityType } from '../../model/index.js';
import type { Candidate } from '../core/types.js';

// When two finders claim overlapping text, the more specific reading wins: a unit or agreement name
// swallows the region inside it ("groupe de forces Kursk"), an organisation swallows its city
// ("bureau du maire de Moscou" keeps Moscou only as its own nested mention, see below).
const PRIORITY: Record<EntityType, number> = {
  MilitaryUnit: 6,
  Agreement: 5,
  Organization: 4,
  Region: 3,
  Person: 2,
  Figure: 1,
  Event: 0,
  Document: 0,
};

const length = (c: Candidate) => c.span.end - c.span.start;
const overlaps = (a: Candidate, b: Candidate) => a.span.start < b.span.end && b.span.start < a.span.end;
const contains = (outer: Candidate, inner: Candidate) =>
  outer.span.start <= inner.span.start && inner.span.end <= outer.span.end;

// "protocole sur les modifications de l’accord entre … du 25 décembre 1998" names two acts: an agreement
// nested in another agreement is a mention of its own, like any nested mention of another type.
const nestable = (outer: Candidate, inner: Candidate) =>
  outer.type !== inner.type || inner.type === 'Agreement';

/** The winner for each dropped candidate, so relations that point at a loser can follow it. */
export type Replacements = Map<Candidate, Candidate>;

/**
 * Drops duplicate and conflicting mentions. Same type: the longest span wins and absorbs nested ones
 * ("République du Bélarus" over "Bélarus"). Different types: a strictly nested mention of another type
 * survives (a region named inside an organisation is still a mention of that region: "Université … de
 * la région d’Arkhangelsk"), but partial overlaps and identical spans keep only the higher-priority type.
 */
export function selectCandidates(all: readonly Candidate[]): { kept: Candidate[]; replaced: Replacements } {
  const sorted = [...all].sort(
    (a, b) => length(b) - length(a) || PRIORITY[b.type] - PRIORITY[a.type] || a.span.start - b.span.start,
  );
  const kept: Candidate[] = [];
  const replaced: Replacements = new Map();
  for (const c of sorted) {
    const rival = kept.find(
      (k) => overlaps(k, c) && !(nestable(k, c) && contains(k, c) && length(k) > length(c)),
    );
    if (rival) {
      if (rival.type === c.type || contains(rival, c)) replaced.set(c, rival);
      continue;
    }
    kept.push(c);
  }
  kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { kept, replaced };
}
