import type { ParsedDocument } from '../model/index.js';
import { focusRegion, isRegion, keyOf, kindOf } from './geo-context.js';
import { sentenceAt } from './sentences.js';
import type { Candidate, RelationCandidate, RelationFinder } from './types.js';

// "le travail avec la région partenaire – la région de Zaporozhye", "l’aide à la ville de
// Severodonetk", "ville jumelle", "parrainage": a region's partner or ward.
const REGION_CUE = /partenaire|jumel|parrain|patronage|tutelle|aide\s+(?:à|a)\s+(?:la\s+)?(?:ville|région|république)/iu;
// "le principal partenaire économique du Bélarus, la Russie", "des alliés fiables, des partenaires".
const STATE_CUE = /partenai|allié|alliance/iu;

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
    out.push({ type: 'PARTNER_OF', source: { candidate: a }, target: { candidate: b }, evidence: sentenceAt(doc, at) });
  };
  const bySentence = new Map<string, Candidate[]>();
  for (const c of found) {
    if (!isRegion(c) || c.event === 0) continue;
    const s = sentenceAt(doc, c.span.start);
    const k = `${s.start}:${s.end}`;
    bySentence.set(k, [...(bySentence.get(k) ?? []), c]);
  }
  for (const [k, regions] of bySentence) {
    const [start, end] = k.split(':').map(Number) as [number, number];
    const text = doc.text.slice(start, end);
    regions.sort((a, b) => a.span.start - b.span.start);
    const cue = REGION_CUE.exec(text);
    if (cue) partnerAfterCue(doc, found, regions, start + cue.index, push);
    const countries = [...new Map(regions.filter((c) => kindOf(c) === 'country').map((c) => [keyOf(c), c])).values()];
    if (countries.length === 2 && statesPartnered(doc, start, countries[0]!, countries[1]!)) push(countries[0]!, countries[1]!, start);
  }
  return out;
};

/**
 * The cue must govern the pair: before the first country ("partenariat stratégique … entre la Russie
 * et le Bélarus") or between the two ("principal partenaire économique du Bélarus, la Russie"), not
 * after both ("… avec la Fédération de Russie … le conflit en Ukraine … devant nos alliés").
 */
function statesPartnered(doc: ParsedDocument, sentenceStart: number, a: Candidate, b: Candidate): boolean {
  const before = doc.text.slice(Math.max(sentenceStart, a.span.start - 80), a.span.start);
  return STATE_CUE.test(before) || STATE_CUE.test(doc.text.slice(a.span.end, b.span.start));
}

function partnerAfterCue(
  doc: ParsedDocument,
  found: readonly Candidate[],
  regions: Candidate[],
  cueAt: number,
  push: (a: Candidate, b: Candidate, at: number) => void,
): void {
  const ward = regions.find((c) => c.span.start > cueAt && kindOf(c) !== 'country');
  if (!ward) return;
  const focus = focusRegion(doc, found, ward.event);
  if (focus && isRegion(focus)) push(focus, ward, cueAt);
}
