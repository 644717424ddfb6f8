import type { ParsedDocument } from '../../../model/index.js';
import { allSentences, focusRegion, isRegion, keyOf, kindOf, sentenceOf } from './geo-context.js';
import { sideOfTalks } from './state-partners.js';
import { foldForSearch } from '../../core/normalize-name.js';
import type { Candidate, RelationCandidate, RelationFinder } from '../../core/types.js';
import {
  STATE_CUE_BEFORE,
  PARTNERS_AFTER_PAIR,
  PAIR_CUE_BEFORE,
  PATRON_CUE_MAX_GAP,
} from '../../core/text-windows.js';

// "le travail avec la région partenaire – la région de Zaporozhye", "l’aide à la ville de
// Severodonetk", "ville jumelle", "parrainage": a region's partner or ward.
const REGION_CUE =
  /partenaire|jumel|parrain|marrain|patronage|tutelle|aide\b[^.;]{0,40}?\s(?:à|a)\s+(?:la\s+)?(?:ville|région|république)/iu;
// "un accord de coopération … entre la région de Novossibirsk et la région de Minsk".
const PAIR_CUE = /coopération|partenariat|jumelage|amitié|accord/iu;
// "le principal partenaire économique du Bélarus, la Russie", "des alliés fiables, des partenaires".
const STATE_CUE = /partenai|partenariat|partnership|allié|alliance/iu;
// "le Forum de partenariat Russie–Afrique": a forum's name states no partnership.
const NAMED_FORUM = /(?:forum|sommet|conférence)\s+(?:de\s+|du\s+)?partenariat/giu;
const hasStateCue = (text: string) => STATE_CUE.test(text.replace(NAMED_FORUM, ''));
const PARTNERS_AFTER =
  /^\s*(?:sont|restent|demeurent|étaient|seront)\s+(?:non\s+seulement\s+)?(?:des|de)\s+(?:\p{L}+\s+)?(?:partenaires|alliés)/u;
// "…, que le Iamal parraine depuis 2022".
const RELATIVE_PATRON = /\bqu(?:e\s+|['’]\s*)(?:la\s+|le\s+|l['’]\s*)?$/u;
const RELATIVE_CUE_BEFORE = 12;
const COORDINATED = /^\s*et\s*(?:de\s+la|de\s+l['’]|du|des|de|la|le|l['’]|les)?\s*$/u;
// "entre la région de Toula et la ville de Volnovakha", "entre Krasnoïarsk et la ville chinoise de Harbin".
const PAIRED =
  /^\s*et\s*(?:(?:de\s+la|de\s+l['’]|du|des|de|la|le|l['’]|les)\s*)?(?:(?:ville|cité|commune|district|région|province|république)\s+(?:\p{Ll}+\s+)?(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+))?$/u;

/**
 * PARTNER_OF between regions: a partner or patronage cue in a sentence of a regional event links
 * the region the event is about to the region named after the cue; a partnership or alliance
 * sentence naming exactly two countries links them.
 */
export const findPartnerOf: RelationFinder = (doc, found) => {
  const out: RelationCandidate[] = [];
  const seen = new Set<string>();
  const push = (a: Candidate, b: Candidate, at: number) => {
    const key = [keyOf(a), keyOf(b)].sort().join('|');
    if (keyOf(a) === keyOf(b) || seen.has(key)) return;
    seen.add(key);
    out.push({
      type: 'PARTNER_OF',
      source: { candidate: a },
      target: { candidate: b },
      evidence: sentenceOf(doc, at),
    });
  };
  const bySentence = new Map<string, Candidate[]>();
  for (const c of found) {
    if (!isRegion(c) || c.event === 0) continue;
    const s = sentenceOf(doc, c.span.start);
    const k = `${s.start}:${s.end}`;
    bySentence.set(k, [...(bySentence.get(k) ?? []), c]);
  }
  for (const [k, regions] of bySentence) {
    const [start, end] = k.split(':').map(Number) as [number, number];
    const text = doc.text.slice(start, end);
    regions.sort((a, b) => a.span.start - b.span.start);
    const before = out.length;
    for (let i = 0; i + 1 < regions.length; i++)
      pairedBetween(doc, start, regions[i]!, regions[i + 1]!, push);
    const talks = sideOfTalks(doc, found, { start, end }, regions);
    if (talks) push(talks[0], talks[1], start);
    // "le jumelage entre Krasnoïarsk et la ville chinoise de Harbin" names both sides: no patron to guess.
    const cue = out.length === before && !talks ? REGION_CUE.exec(text) : null;
    if (cue) partnerAfterCue(doc, found, regions, start + cue.index, push);
    const countries = [
      ...new Map(regions.filter((c) => kindOf(c) === 'country').map((c) => [keyOf(c), c])).values(),
    ];
    for (let i = 0; i + 1 < countries.length; i++)
      if (statesPartnered(doc, start, countries[i]!, countries[i + 1]!, i === 0))
        push(countries[i]!, countries[i + 1]!, start);
  }
  // "Les dirigeants ont évoqué the strategic partnership between the two countries": no region named.
  for (const s of allSentences(doc)) {
    if (bySentence.has(`${s.start}:${s.end}`)) continue;
    const talks = sideOfTalks(doc, found, s, []);
    if (talks) push(talks[0], talks[1], s.start);
  }
  return out;
};

/**
 * The cue must govern the pair: before the first country ("partenariat stratégique … entre la Russie
 * et le Bélarus") or between the two ("principal partenaire économique du Bélarus, la Russie"), not
 * after both ("… avec la Fédération de Russie … le conflit en Ukraine … devant nos alliés").
 */
function statesPartnered(
  doc: ParsedDocument,
  sentenceStart: number,
  a: Candidate,
  b: Candidate,
  first: boolean,
): boolean {
  const before = doc.text.slice(Math.max(sentenceStart, a.span.start - STATE_CUE_BEFORE), a.span.start);
  const between = doc.text.slice(a.span.end, b.span.start);
  if (hasStateCue(between)) return true;
  // "La Russie et Cuba sont des partenaires stratégiques."
  if (
    COORDINATED.test(between) &&
    PARTNERS_AFTER.test(doc.text.slice(b.span.end, b.span.end + PARTNERS_AFTER_PAIR))
  )
    return true;
  // "nos partenaires du Tadjikistan et de l’Ouzbékistan" are our partners, not each other's;
  // "le partenariat … entre la Russie et le Bélarus" pairs them.
  if (COORDINATED.test(between) && !/\bentre\s+(?:la|le|l['’]|les)?\s*$/u.test(before)) return false;
  // A cue before the sentence's first country governs that pair only.
  return first && hasStateCue(before);
}

/** "… entre la région de Novossibirsk et la région de Minsk" after a cooperation cue. */
function pairedBetween(
  doc: ParsedDocument,
  sentenceStart: number,
  a: Candidate,
  b: Candidate,
  push: (a: Candidate, b: Candidate, at: number) => void,
): void {
  // Countries are paired by statesPartnered: "coopération entre l’Inde et l’Union soviétique" is no partnership.
  if (kindOf(a) === 'country' || kindOf(b) === 'country') return;
  if (!PAIRED.test(doc.text.slice(a.span.end, b.span.start))) return;
  const before = doc.text.slice(Math.max(sentenceStart, a.span.start - PAIR_CUE_BEFORE), a.span.start);
  if (/\bentre\s+(?:la|le|l['’]|les)?\s*$/u.test(before) && PAIR_CUE.test(before)) push(a, b, a.span.start);
}

function partnerAfterCue(
  doc: ParsedDocument,
  found: readonly Candidate[],
  regions: Candidate[],
  cueAt: number,
  push: (a: Candidate, b: Candidate, at: number) => void,
): void {
  // "la ville de Saint-Pétersbourg, région marraine de Marioupol": the region just before the cue;
  // else the region the event is about ("la région partenaire – la région de Zaporozhye").
  const before = regions
    .filter((c) => c.span.end <= cueAt && cueAt - c.span.end < PATRON_CUE_MAX_GAP && kindOf(c) !== 'country')
    .at(-1);
  // "l’aide à la ville de Kirovsk dans la République …, que le Bachkortostan parraine": the patron
  // is the subject of the relative clause.
  const relative = regions.find(
    (c) =>
      RELATIVE_PATRON.test(doc.text.slice(Math.max(0, c.span.start - RELATIVE_CUE_BEFORE), c.span.start)) &&
      /^\s+(?:parraine|soutient|aide|accompagne)/u.test(doc.text.slice(c.span.end, c.span.end + 16)),
  );
  const patron = relative ?? before ?? focusRegion(doc, found, regions[0]!.event);
  if (!patron) return;
  // "la ville jumelle de Belgorod, Lisitchansk": the region's own name after the cue is not its partner.
  const own = (c: Candidate) =>
    keyOf(c) === keyOf(patron) || foldForSearch(patron.name).includes(foldForSearch(c.name));
  const ward = regions.find((c) => c.span.start > cueAt && kindOf(c) !== 'country' && !own(c));
  if (ward) push(patron, ward, cueAt);
}
