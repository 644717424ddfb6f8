import type { ParsedDocument } from '../../../model/index.js';
import { normalizeName } from '../../core/normalize-name.js';
import { eventIndexAt } from '../../core/sentences.js';
import type { Candidate, EntityFinder } from '../../core/types.js';
import {
  findDescriptiveUnits,
  findDistricts,
  findForceGroups,
  findFormations,
  findNamedUnits,
} from './unit-named.js';
import { findNumberedUnits, type UnitMatch } from './unit-numbered.js';

/**
 * MilitaryUnit mentions: numbered units (French and English forms), lexicon formations, groups of
 * forces, units known by a proper name and volunteer or combined units. Each candidate carries
 * `number` (or null) and `echelon`; resolution merges equal number + echelon ("76e division
 * aérienne" and "76th Guards Airborne Assault Division"), and `canonical` ties together the
 * unnumbered forms of one unit ("unité combinée" → "unité d’assaut combinée").
 */
export const findMilitaryUnits: EntityFinder = (doc: ParsedDocument) => {
  const text = doc.text;
  const matches = longestFirst([
    ...findNumberedUnits(text),
    ...findFormations(text),
    ...findDistricts(text),
    ...findForceGroups(text),
    ...findNamedUnits(text),
    ...findDescriptiveUnits(text),
  ]);
  const candidates = matches.map((m): Candidate => ({
    type: 'MilitaryUnit',
    name: text.slice(m.start, m.end),
    span: { start: m.start, end: m.end },
    event: eventIndexAt(doc, m.start),
    properties: { number: m.number, echelon: m.echelon },
  }));
  linkUnnumbered(candidates, matches);
  return candidates;
};

// Two finders may read one stretch ("détachement de volontaires" by the descriptive and by the
// named pattern): the longer reading wins, ties go to the earlier finder.
function longestFirst(all: UnitMatch[]): UnitMatch[] {
  const ranked = all
    .map((m, i) => ({ m, i }))
    .sort((a, b) => b.m.end - b.m.start - (a.m.end - a.m.start) || a.i - b.i);
  const kept: UnitMatch[] = [];
  for (const { m } of ranked) {
    if (kept.some((k) => k.start < m.end && m.start < k.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Unnumbered mentions of one unit share a canonical: same proper name ("unité d’opérations spéciales
 * Akhmat", "the Akhmat Special Forces"), or words contained in a fuller form of the same head
 * ("unité combinée" in "unité d’assaut combinée").
 */
function linkUnnumbered(candidates: Candidate[], matches: UnitMatch[]): void {
  const free = candidates.map((c, i) => ({ c, m: matches[i]! })).filter((x) => x.m.number === null);
  const groups: { members: Candidate[]; key?: string; words: Set<string>; head: string }[] = [];
  for (const { c, m } of free) {
    const words = new Set(normalizeName(c.name).split(' '));
    const head = normalizeName(c.name).split(' ')[0] ?? '';
    const home = groups.find((g) =>
      m.key !== undefined
        ? g.key === m.key
        : g.key === undefined && g.head === head && overlapsAll(words, g.words),
    );
    if (home) {
      home.members.push(c);
      if (words.size > home.words.size) home.words = words;
    } else groups.push({ members: [c], key: m.key, words, head });
  }
  for (const g of groups) {
    const names = new Set(g.members.map((c) => normalizeName(c.name)));
    if (names.size < 2) continue;
    const canonical = g.members.reduce((a, b) => (b.name.length > a.name.length ? b : a)).name;
    for (const c of g.members) c.canonical = canonical;
  }
}

const overlapsAll = (a: Set<string>, b: Set<string>) => {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (!big.has(w)) return false;
  return true;
};
