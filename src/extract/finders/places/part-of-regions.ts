import type { ParsedDocument } from '../../../model/index.js';
import { containersOf, lexiconGazetteer } from './gazetteer-lexicon.js';
import {
  focusRegion,
  isOrganization,
  isRegion,
  keyOf,
  kindOf,
  paragraphOf,
  sameEntityIn,
  sentenceOf,
  within,
} from './geo-context.js';
import { foldForSearch } from '../../core/normalize-name.js';
import type { Candidate, RelationCandidate, RelationFinder } from '../../core/types.js';
import { CONTAINER_MAX_GAP } from '../../core/text-windows.js';

// Size rank: a region can only lie in a larger one ("région de Sumy de l’Ukraine", not the reverse).
const RANK: Record<string, number> = {
  site: 0,
  city: 1,
  district: 2,
  federal_subject: 3,
  area: 3,
  country: 4,
};
// "Severodonetk dans la République populaire de Lugansk", "région de Sommen de l’Ukraine", "Gomel (Bélarus)".
const INSIDE = /^\s*,?\s*(?:dans\s+(?:la|le|l['’]|les)|de\s+l['’]|de\s+la|du|en|au|\()\s*$/u;
// "direction des opérations de l’état-major général", "état-major général des forces armées de la Russie".
const OF = /^\s*(?:de\s+l['’]|de\s+la|du|des)\s*$/u;
// "Bashneft, filiale de Rosneft", "l’usine …, qui appartient à RUSAL", "ODK-UMPO –, entreprise de Rostec".
const OWNED_BY =
  /^[\s–—-]*,?\s*(?:(?:une?\s+)?(?:filiale|entreprise|société|membre|composante|division|branche)\s+(?:du\s+groupe\s+|de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’])|qui\s+(?:appartient|fait\s+(?:également\s+|aussi\s+)?partie)\s+(?:à\s+la\s+|à\s+l['’]|au\s+|à\s+|de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+))\s*$/u;
// "The Ufa Engine-Building Production Association – ODK-UMPO –, entreprise de Rostec": an acronym in
// dashes or brackets may come between a body and the words that name its owner.
const APPOSED = /^\s*(?:[–—-][^–—,.;]{1,40}[–—-]|\([^)]{1,40}\))/u;
/** A body to its owner, an apposed acronym included (" – ODK-UMPO –, entreprise de "). */
const OWNER_MAX_GAP = 60;
// "le Secrétariat de l’ONU", "le Comité central du Parti …": a body named after the one it belongs to.
const OWNER_IN_NAME = /\s(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|d['’])\s*(?=\S)/gu;
const OWNER_DE = /^[ \u00a0]+(?:de|d['’])[ \u00a0]*$/u;
const LOCAL = new Set(['city', 'site', 'district']);
const COORDINATED = /^\s*(?:,|et)\s*(?:de\s+|d['’]|du\s+)?$/u;
// "Dans la région de Nijni Novgorod, sur le polygone de Mulino, …", "Au Bélarus, sur le polygone d’…".
const FRONTED = /^(?:Dans|En|Au|Aux|À)\s+(?:la\s+|le\s+|l['’]\s*|les\s+)?$/u;

/** The region a sentence opens with as its setting, when `c` comes later in that sentence. */
function frontedRegion(
  doc: ParsedDocument,
  found: readonly Candidate[],
  c: Candidate,
): Candidate | undefined {
  const s = sentenceOf(doc, c.span.start);
  const first = found
    .filter((q) => isRegion(q) && q.span.start >= s.start && q.span.start < c.span.start)
    .sort((a, b) => a.span.start - b.span.start)[0];
  if (!first || !FRONTED.test(doc.text.slice(s.start, first.span.start))) return undefined;
  return /^\s*,/.test(doc.text.slice(first.span.end, first.span.end + 3)) ? first : undefined;
}

const rank = (c: Candidate) => RANK[kindOf(c)] ?? 3;
const byKey = (found: readonly Candidate[], event: number) => {
  const m = new Map<string, Candidate>();
  for (const c of found) if (isRegion(c) && c.event === event && !m.has(keyOf(c))) m.set(keyOf(c), c);
  return m;
};

const says = (outer: Candidate, inner: Candidate) =>
  [outer.canonical ?? '', outer.name].some((n) => foldForSearch(n).includes(foldForSearch(inner.name)));

// Lexicon containment is only a statement when the text brings the two together: a site or a city
// and its container in one paragraph ("Kremlin-Moscou", "la région de Zaporozhye … à Melitopol"),
// a subject and its federal district in one sentence or where the event is about that subject
// ("Le territoire est deuxième du district fédéral de Volga" at the Perm governor's meeting).
const ANAPHORA = /\b(?:le\s+territoire|la\s+région|la\s+république|le\s+district)\b/iu;
function statedTogether(
  doc: ParsedDocument,
  found: readonly Candidate[],
  c: Candidate,
  p: Candidate,
  focus?: Candidate,
): boolean {
  if (p.properties?.subjectKind === 'federal_district') {
    const s = sentenceOf(doc, c.span.start);
    if (namedIn(found, p, s)) return true;
    const ps = found.filter((q) => keyOf(q) === keyOf(p)).map((q) => sentenceOf(doc, q.span.start));
    return (
      !!focus && keyOf(c) === keyOf(focus) && ps.some((x) => ANAPHORA.test(doc.text.slice(x.start, x.end)))
    );
  }
  // At a governor's meeting every town is in the governor's region: that goes without saying.
  if (kindOf(c) === 'city' && focus && keyOf(p) === keyOf(focus)) return false;
  const para = paragraphOf(doc, c.span.start);
  return !!para && namedIn(found, p, para);
}
const namedIn = (found: readonly Candidate[], p: Candidate, s: { start: number; end: number }) =>
  found.some((q) => keyOf(q) === keyOf(p) && q.span.start >= s.start && q.span.end <= s.end);

/**
 * Regions the lexicons contain `c` in, named in the same event. Never a country ("Minsk" and
 * "Bélarus" in one speech is no statement); never a capital in its namesake region ("Arkhangelsk"
 * in the "région d’Arkhangelsk" goes without saying); a site only in the same sentence or in the
 * region the event is about ("Kremlin-Moscou", Solovki at the Arkhangelsk governor's meeting, but
 * not "la place Rouge" in a speech that names Moscou elsewhere).
 */
function lexiconParents(
  doc: ParsedDocument,
  found: readonly Candidate[],
  c: Candidate,
  inEvent: Map<string, Candidate>,
): Candidate[] {
  if (!c.canonical) return [];
  const focus = focusRegion(doc, found, c.event);
  return containersOf(c.canonical)
    .map((p) => inEvent.get(p))
    .filter((p): p is Candidate => !!p && kindOf(p) !== 'country')
    .filter((p) => !(kindOf(c) === 'city' && says(p, c)))
    .filter(
      (p) =>
        statedTogether(doc, found, c, p, focus) ||
        // Solovki at the Arkhangelsk governor's meeting: a site or district of the region under discussion.
        (['site', 'district'].includes(kindOf(c)) && keyOf(p) === (focus && keyOf(focus))),
    );
}

/**
 * The town a site no lexicon holds lies in: the one its name ends with ("Palais des congrès d’Oufa"),
 * or the one after it on the event's place line ("Palais des congrès, Saint-Pétersbourg").
 */
function siteHost(
  doc: ParsedDocument,
  found: readonly Candidate[],
  c: Candidate,
  n: Candidate | undefined,
  between: string,
): Candidate | undefined {
  const town = lexiconGazetteer()
    .match(c.name)
    .filter((m) => m.entry.type === 'Region' && m.entry.properties.kind === 'city')
    .at(-1);
  if (town && c.span.start + town.end === c.span.end)
    return sameEntityIn(found, town.entry.canonical, c.event);
  const place = doc.events.find((e) => e.index === c.event)?.place;
  if (n && isRegion(n) && place && within(c, place) && within(n, place) && /^\s*,\s*$/u.test(between))
    return rank(n) > rank(c) ? n : undefined;
  return undefined;
}

/** "X – ODK-UMPO –, entreprise de Rostec": the owner named past an apposed acronym. */
function apposedOwner(doc: ParsedDocument, sorted: readonly Candidate[], i: number): Candidate | undefined {
  const c = sorted[i]!;
  const after = doc.text.slice(c.span.end, c.span.end + OWNER_MAX_GAP);
  const apposed = APPOSED.exec(after);
  if (!apposed) return undefined;
  const from = c.span.end + apposed[0].length;
  const n = sorted.find((q) => q.span.start >= from && isOrganization(q));
  if (!n || n.span.start - c.span.end > OWNER_MAX_GAP) return undefined;
  return OWNED_BY.test(doc.text.slice(from, n.span.start)) ? n : undefined;
}

/** Every organisation by its folded name and lexicon name, the first mention first. */
function orgsByName(found: readonly Candidate[]): Map<string, Candidate> {
  const m = new Map<string, Candidate>();
  for (const o of found)
    if (isOrganization(o))
      for (const n of [o.name, o.canonical ?? ''])
        if (n && !m.has(foldForSearch(n))) m.set(foldForSearch(n), o);
  return m;
}

/** "Secrétariat de l’ONU": another body of the document ends this one's name. */
function ownerInName(orgs: ReadonlyMap<string, Candidate>, c: Candidate): Candidate | undefined {
  // Every "de …" tail, the longest first: "direction des opérations de l’état-major général".
  for (const m of c.name.matchAll(OWNER_IN_NAME)) {
    const owner = orgs.get(foldForSearch(c.name.slice(m.index + m[0].length)));
    if (owner && keyOf(owner) !== keyOf(c)) return owner;
  }
  return undefined;
}

/** The first candidate after sorted[i] that starts past its end, if within CONTAINER_MAX_GAP. */
function next(sorted: readonly Candidate[], i: number): Candidate | undefined {
  const c = sorted[i]!;
  for (let j = i + 1; j < sorted.length; j++) {
    const n = sorted[j]!;
    if (n.span.start - c.span.end >= CONTAINER_MAX_GAP) return undefined;
    if (n.span.start >= c.span.end) return n;
  }
  return undefined;
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
    out.push({
      type: 'PART_OF',
      source: { candidate: inner },
      target: { candidate: outer },
      evidence: sentenceOf(doc, at),
    });
  };
  const sorted = [...found].sort((a, b) => a.span.start - b.span.start);
  const orgs = orgsByName(found);
  const events = new Map<number, Map<string, Candidate>>();
  for (const [i, c] of sorted.entries()) {
    const n = next(sorted, i);
    const between = n ? doc.text.slice(c.span.end, n.span.start) : '';
    if (isRegion(c)) {
      if (n && isRegion(n) && INSIDE.test(between) && rank(c) < rank(n)) {
        push(c, n);
        // "Novoalexandrovka et de Kalinovo dans la République populaire de Donetsk": both are in it.
        const prev = i > 0 ? sorted[i - 1]! : undefined;
        if (
          prev &&
          isRegion(prev) &&
          kindOf(prev) === kindOf(c) &&
          COORDINATED.test(doc.text.slice(prev.span.end, c.span.start))
        )
          push(prev, n);
      }
      const host = c.canonical || kindOf(c) !== 'site' ? undefined : siteHost(doc, found, c, n, between);
      if (host) push(c, host);
      if (!c.canonical && LOCAL.has(kindOf(c))) {
        const fronted = frontedRegion(doc, found, c);
        if (fronted && rank(fronted) > rank(c)) push(c, fronted);
      }
      if (!events.has(c.event)) events.set(c.event, byKey(found, c.event));
      for (const p of lexiconParents(doc, found, c, events.get(c.event)!)) push(c, p);
    } else if (isOrganization(c)) {
      if (
        n &&
        isOrganization(n) &&
        ((OF.test(between) && kindOf(c) !== 'company') ||
          OWNED_BY.test(between) ||
          // "le Centre de construction … de Novatek": a body named after the company that owns it.
          (OWNER_DE.test(between) && kindOf(c) === 'other' && kindOf(n) === 'company'))
      )
        push(c, n);
      const owner = apposedOwner(doc, sorted, i) ?? ownerInName(orgs, c);
      if (owner) push(c, owner);
    }
  }
  // Last resort, once every stated container is known: a place no lexicon holds lies in the region
  // the event is about ("le secteur de Nikolskoye" at the Kursk command post).
  const placed = new Set(out.map((r) => ('candidate' in r.source ? keyOf(r.source.candidate) : '')));
  // Sites (a field, a museum, a valley) are left unplaced: the text seldom says where they lie.
  for (const c of sorted) {
    if (!isRegion(c) || c.canonical || !LOCAL.has(kindOf(c)) || placed.has(keyOf(c))) continue;
    if (kindOf(c) === 'site') continue;
    // "… Premier ministre du Népal … dans le district de Sindhupalchok": abroad, in the country named before.
    const s = sentenceOf(doc, c.span.start);
    const abroad = sorted.find(
      (q) =>
        isRegion(q) &&
        kindOf(q) === 'country' &&
        keyOf(q) !== 'Fédération de Russie' &&
        q.span.start >= s.start &&
        q.span.end <= c.span.start,
    );
    const focus = abroad ?? focusRegion(doc, found, c.event);
    if (focus && focus !== c) push(c, focus);
  }
  return out;
};
