import type { ParsedDocument, Span } from '../../../model/index.js';
import { countryOfAdjective } from './gazetteer-lexicon.js';
import { isRegion, keyOf, kindOf, within } from './geo-context.js';
import { eventIndexAt } from '../../core/sentences.js';
import type { Candidate } from '../../core/types.js';

const RUSSIA = 'Fédération de Russie';
// "X est notre principal partenaire stratégique", "a qualifié la Russie de partenaire fiable",
// "the strategic partnership between the two countries".
const PARTNER_WORD = /\b(?:partenaires?|partenariat|partnership|alliés?)(?![\p{L}])/iu;
// Who the other side is: the speaker's side ("notre", "pour nous") or the two countries of the talks.
const OUR_SIDE =
  /\b(?:notre|nos|nous|our|qualifi\p{L}*|(?:deux|nos)\s+pays|two\s+countries|bilatéra\p{L}*)\b/iu;
// "un partenaire fiable pour l’Afrique": the region after "pour" is the other side.
const FOR_REGION = /^[^.;:]{0,40}?\bpour\s+(?:la\s+|le\s+|l['’]\s*|les\s+)?$/u;

/** How far back a country named before the sentence is still the other side of the talks. */
const GUEST_MAX_DISTANCE = 1500;

/**
 * The foreign country of the talks: the one the event's title names ("Conversation téléphonique avec
 * le président de la Turquie"), else the last one named shortly before the sentence.
 */
function guestCountry(doc: ParsedDocument, found: readonly Candidate[], at: number): Candidate | undefined {
  const event = eventIndexAt(doc, at);
  const ev = doc.events.find((e) => e.index === event);
  if (!ev) return undefined;
  const foreign = (c: Candidate) =>
    isRegion(c) && c.event === event && kindOf(c) === 'country' && keyOf(c) !== RUSSIA;
  const inTitle = (c: Candidate) => within(c, ev.title) || within(c, ev.heading);
  return (
    found.find((c) => foreign(c) && inTitle(c)) ??
    found.filter((c) => foreign(c) && c.span.end <= at && at - c.span.end < GUEST_MAX_DISTANCE).at(-1)
  );
}

const russiaIn = (found: readonly Candidate[], event: number) => {
  const all = found.filter((c) => isRegion(c) && keyOf(c) === RUSSIA);
  return all.find((c) => c.event === event) ?? all[0];
};

/**
 * A partnership sentence that names one country at most pairs it with the other side of the talks:
 * "La Russie est notre principal partenaire stratégique" (the guest speaking), "L’Indonésie est l’un
 * de nos principaux partenaires" (the host speaking), "un partenaire fiable pour l’Afrique".
 */
export function sideOfTalks(
  doc: ParsedDocument,
  found: readonly Candidate[],
  sentence: Span,
  regions: readonly Candidate[],
): [Candidate, Candidate] | undefined {
  const text = doc.text.slice(sentence.start, sentence.end);
  const cue = PARTNER_WORD.exec(text);
  if (!cue) return undefined;
  const cueAt = sentence.start + cue.index;
  const countries = [
    ...new Map(regions.filter((c) => kindOf(c) === 'country').map((c) => [keyOf(c), c])).values(),
  ];
  if (countries.length > 1) return undefined;
  const subject = countries[0];
  // "nos partenaires du Tadjikistan": a country after the cue is not the subject of the partnership.
  if (subject && subject.span.start > cueAt) return undefined;
  const cueEnd = cueAt + cue[0].length;
  const beneficiary = regions.find(
    (c) => c.span.start > cueEnd && FOR_REGION.test(doc.text.slice(cueEnd, c.span.start)),
  );
  if (beneficiary && subject) return [subject, beneficiary];
  const paired = russianPair(found, text, sentence.start);
  if (paired) return paired;
  if (!OUR_SIDE.test(text)) return undefined;
  const guest = guestCountry(doc, found, sentence.start);
  const russia = russiaIn(found, eventIndexAt(doc, sentence.start));
  if (!guest || !russia) return undefined;
  if (!subject) return /(?:deux|nos)\s+pays|two\s+countries/iu.test(text) ? [russia, guest] : undefined;
  return keyOf(subject) === RUSSIA
    ? [subject, guest]
    : keyOf(subject) === keyOf(guest)
      ? [subject, russia]
      : undefined;
}

// "le partenariat stratégique global des relations russo-vietnamiennes": Russia and the country of the adjective.
const RUSSO = /\brusso-(\p{L}+)/iu;
function russianPair(
  found: readonly Candidate[],
  text: string,
  at: number,
): [Candidate, Candidate] | undefined {
  const adjective = RUSSO.exec(text)?.[1];
  const country = adjective ? countryOfAdjective(adjective) : undefined;
  if (!country) return undefined;
  const other = found.filter((c) => isRegion(c) && keyOf(c) === country.canonical);
  const russia = found.filter((c) => isRegion(c) && keyOf(c) === RUSSIA);
  const nearest = (list: Candidate[]) => list.filter((c) => c.span.start <= at).at(-1) ?? list[0];
  const a = nearest(russia);
  const b = nearest(other);
  return a && b ? [a, b] : undefined;
}
