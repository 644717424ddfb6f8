import type { ParsedDocument } from '../../../model/index.js';
import { focusRegion, isRegion, keyOf, kindOf, sentenceOf } from './geo-context.js';
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
const STATE_CUE = /partenai|allié|alliance/iu;
const PARTNERS_AFTER =
  /^\s*(?:sont|restent|demeurent|étaient|seront)\s+(?:non\s+seulement\s+)?(?:des|de)\s+(?:\p{L}+\s+)?(?:partenaires|alliés)/u;
const COORDINATED = /^\s*et\s*(?:de\s+la|de\s+l['’]|du|des|de|la|le|l['’]|les)?\s*$/u;

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
    const cue = REGION_CUE.exec(text);
    if (cue) partnerAfterCue(doc, found, regions, start + cue.index, push);
    const countries = [
      ...new Map(regions.filter((c) => kindOf(c) === 'country').map((c) => [keyOf(c), c])).values(),
    ];
    for (let i = 0; i + 1 < countries.length; i++)
      if (statesPartnered(doc, start, countries[i]!, countries[i + 1]!, i === 0))
        push(countries[i]!, countries[i + 1]!, start);
    for (let i = 0; i + 1 < regions.length; i++)
      pairedBetween(doc, start, regions[i]!, regions[i + 1]!, push);
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
  if (STATE_CUE.test(between)) return true;
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
  return first && STATE_CUE.test(before);
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
  if (!COORDINATED.test(doc.text.slice(a.span.end, b.span.start))) return;
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
  const patron = before ?? focusRegion(doc, found, regions[0]!.event);
  if (!patron) return;
  // "la ville jumelle de Belgorod, Lisitchansk": the region's own name after the cue is not its partner.
  const own = (c: Candidate) =>
    keyOf(c) === keyOf(patron) || foldForSearch(patron.name).includes(foldForSearch(c.name));
  const ward = regions.find((c) => c.span.start > cueAt && kindOf(c) !== 'country' && !own(c));
  if (ward) push(patron, ward, cueAt);
}
