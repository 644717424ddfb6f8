import type { ParsedDocument } from '../model/index.js';
import { containersOf } from './gazetteer-lexicon.js';
import { focusRegion, isOrganization, isRegion, keyOf, kindOf } from './geo-context.js';
import { foldForSearch } from './normalize-name.js';
import { sentenceAt } from './sentences.js';
import type { Candidate, RelationCandidate, RelationFinder } from './types.js';

// Size rank: a region can only lie in a larger one ("région de Sumy de l’Ukraine", not the reverse).
const RANK: Record<string, number> = { site: 0, city: 1, district: 2, federal_subject: 3, area: 3, country: 4 };
// "Severodonetk dans la République populaire de Lugansk", "région de Sommen de l’Ukraine", "Gomel (Bélarus)".
const INSIDE = /^\s*,?\s*(?:dans\s+(?:la|le|l['’]|les)|de\s+l['’]|de\s+la|du|en|au|\()\s*$/u;
// "direction des opérations de l’état-major général", "état-major général des forces armées de la Russie".
const OF = /^\s*(?:de\s+l['’]|de\s+la|du|des)\s*$/u;
const LOCAL = new Set(['city', 'site', 'district']);

const rank = (c: Candidate) => RANK[kindOf(c)] ?? 3;
const byKey = (found: readonly Candidate[], event: number) => {
  const m = new Map<string, Candidate>();
  for (const c of found) if (isRegion(c) && c.event === event && !m.has(keyOf(c))) m.set(keyOf(c), c);
  return m;
};

/** Regions the lexicons contain `c` in (never a country: "Minsk" and "Bélarus" in one speech is not a statement). */
function lexiconParents(c: Candidate, inEvent: Map<string, Candidate>): Candidate[] {
  if (!c.canonical) return [];
  return containersOf(c.canonical)
    .map((p) => inEvent.get(p))
    .filter((p): p is Candidate => !!p && kindOf(p) !== 'country')
    // "Arkhangelsk" in the "Région d’Arkhangelsk" goes without saying.
    .filter((p) => !(kindOf(c) === 'city' && foldForSearch(p.canonical ?? '').includes(foldForSearch(c.canonical!))));
}

function next(found: readonly Candidate[], c: Candidate): Candidate | undefined {
  return found.find((n) => n.span.start >= c.span.end && n.span.start - c.span.end < 25 && n !== c);
}

/**
 * PART_OF between regions and between organisations: stated containment ("X dans la République
 * populaire de Lugansk", "région de Sumy de l’Ukraine"), lexicon containment of two regions named
 * in one event (city → federal subject, subject → federal district, site → city), local places no
 * lexicon holds → the region the event is about, and a body named as part of another
 * ("direction des opérations de l’état-major général").
 */
export const findPartOf: RelationFinder = (doc, found) => {
  const out: RelationCandidate[] = [];
  const seen = new Set<string>();
  const push = (inner: Candidate, outer: Candidate, at = inner.span.start) => {
    const key = `${inner.type}|${keyOf(inner)}|${keyOf(outer)}`;
    if (keyOf(inner) === keyOf(outer) || seen.has(key)) return;
    seen.add(key);
    out.push({ type: 'PART_OF', source: { candidate: inner }, target: { candidate: outer }, evidence: sentenceAt(doc, at) });
  };
  const sorted = [...found].sort((a, b) => a.span.start - b.span.start);
  const events = new Map<number, Map<string, Candidate>>();
  for (const c of sorted) {
    const n = next(sorted, c);
    const between = n ? doc.text.slice(c.span.end, n.span.start) : '';
    if (isRegion(c)) {
      if (n && isRegion(n) && INSIDE.test(between) && rank(c) < rank(n)) push(c, n);
      if (!events.has(c.event)) events.set(c.event, byKey(found, c.event));
      for (const p of lexiconParents(c, events.get(c.event)!)) push(c, p);
      if (!c.canonical && LOCAL.has(kindOf(c))) {
        const focus = focusRegion(doc, found, c.event);
        if (focus && focus !== c) push(c, focus);
      }
    } else if (isOrganization(c) && n && isOrganization(n) && OF.test(between) && kindOf(c) !== 'company') push(c, n);
  }
  return out;
};
