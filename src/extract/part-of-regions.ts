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

const says = (outer: Candidate, inner: Candidate) =>
  [outer.canonical ?? '', outer.name].some((n) => foldForSearch(n).includes(foldForSearch(inner.name)));

/**
 * Regions the lexicons contain `c` in, named in the same event. Never a country ("Minsk" and
 * "Bélarus" in one speech is no statement); never a capital in its namesake region ("Arkhangelsk"
 * in the "région d’Arkhangelsk" goes without saying); a site only in the same sentence or in the
 * region the event is about ("Kremlin-Moscou", Solovki at the Arkhangelsk governor's meeting, but
 * not "la place Rouge" in a speech that names Moscou elsewhere).
 */
function lexiconParents(doc: ParsedDocument, found: readonly Candidate[], c: Candidate, inEvent: Map<string, Candidate>): Candidate[] {
  if (!c.canonical) return [];
  const sentence = sentenceAt(doc, c.span.start);
  const focus = kindOf(c) === 'site' ? focusRegion(doc, found, c.event) : undefined;
  return containersOf(c.canonical)
    .map((p) => inEvent.get(p))
    .filter((p): p is Candidate => !!p && kindOf(p) !== 'country')
    .filter((p) => !(kindOf(c) === 'city' && says(p, c)))
    .filter((p) => kindOf(c) !== 'site' || keyOf(p) === (focus && keyOf(focus)) || found.some((q) => keyOf(q) === keyOf(p) && q.span.start >= sentence.start && q.span.end <= sentence.end));
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
      for (const p of lexiconParents(doc, found, c, events.get(c.event)!)) push(c, p);
      if (!c.canonical && LOCAL.has(kindOf(c))) {
        const focus = focusRegion(doc, found, c.event);
        if (focus && focus !== c) push(c, focus);
      }
    } else if (isOrganization(c) && n && isOrganization(n) && OF.test(between) && kindOf(c) !== 'company') push(c, n);
  }
  return out;
};
