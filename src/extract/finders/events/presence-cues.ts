import type { Paragraph, ParsedDocument, ParsedEvent, Span } from '../../../model/index.js';
import { splitSentences } from '../../core/sentences.js';
import type { Candidate } from '../../core/types.js';

// "Du côté russe ont participé aux pourparlers …", "… y ont pris part", "Du côté mongol étaient présents …",
// "La délégation malienne comprenait …",
// "Le commandant du groupe de forces Est, … a participé à la réunion par vidéoconférence", "Le président
// a été accompagné par le gouverneur …": the sentence names people present at this event. The object
// must be the event itself: "les soldats qui ont participé à l’opération" were not in the room. The
// imperfect only: "X est présent ici", said in a speech, greets him without making him a participant.
export const PRESENT =
  /\b(?:ont|a|avaient|avait)\s+(?:également\s+|aussi\s+)?(?:participé|pris\s+part|assisté)\s+(?:aux?|à\s+la|à\s+l['’])\s*(?:pourparlers|entretiens?|réunions?|rencontres?|cérémonie|séance|négociations|conversation|consultations|travaux|discussions?|visite|conférence|débats?|échanges?)\b|\by\s+(?:ont|a|avaient|avait)\s+(?:également\s+|aussi\s+)?(?:participé|pris\s+part|assisté)\b|\b(?:étaient|était)\s+(?:également\s+|aussi\s+)?présente?s?\b|\bdélégations?\s+(?:\p{L}+\s+){0,3}?(?:comprenait|comprenaient|incluait|comptait|était\s+composée|était\s+conduite|était\s+menée)\b|\b(?:a|ont)\s+été\s+accompagnée?s?\s+(?:par|de)\b|\baccompagnée?s?\s+(?:par|de)\b/iu;

// "… ont signé le mémorandum", "l’accord … a été signé par X et par Y": whoever signs at the talks is there.
// "Le traité signé en 1992 par …" is history, not this event.
export const SIGNING = /\b(?:ont|a)\s+signé\b|\b(?:a|ont)\s+été\s+signée?s?\s+par\b/iu;
export const PAST_YEAR = /\b(?:en|le|du|de)\s+(?:\d{1,2}(?:er)?\s+\p{L}+\s+)?(?:1[89]|20)\d\d\b/u;

// "Le titre de Héros du Travail a été décerné au …", "L’ordre du Courage a été remis à …".
export const AWARDED =
  /\b(?:décerné|décernée|décernés|décernées|remis|remise|remises|attribué|attribuée|attribués|décoré|décorée|décorés|a\s+remis|a\s+décerné|a\s+reçu|ont\s+reçu)\b/iu;

// "… se rendra à Moscou et rencontrera Sergueï Lavrov": a meeting announced for later is none of this
// event's; people named after such a verb do not take part in it.
const FUTURE =
  /\b(?:se\s+)?(?:rencontrer|participer|visiter|signer|assister|accueiller|recevr|rendr|prendr|tiendr|entretiendr|réunir|viendr|rejoindr|s['’]entretiendr)(?:a|ont)\b/iu;

/** Prose paragraphs of an event (lead and body, not turns nor lists). */
export const proseOf = (event: ParsedEvent): Paragraph[] =>
  event.paragraphs.filter((p) => p.kind === 'lead' || p.kind === 'body');

/**
 * People named in the sentences of `paragraphs` that hold `cue` (after it only when `afterOnly`), each
 * with its sentence; people named after a future meeting verb ("rencontrera") are left out.
 */
export function cueMentions(
  doc: ParsedDocument,
  paragraphs: readonly Paragraph[],
  people: readonly Candidate[],
  cue: RegExp,
  options: { afterOnly?: boolean; unless?: RegExp } = {},
): Array<[Candidate, Span]> {
  const out: Array<[Candidate, Span]> = [];
  for (const p of paragraphs) {
    for (const s of splitSentences(doc.text, p.start, p.end)) {
      const text = doc.text.slice(s.start, s.end);
      const m = cue.exec(text);
      if (!m || options.unless?.test(text)) continue;
      const from = options.afterOnly ? s.start + m.index : s.start - 1;
      const future = FUTURE.exec(text);
      const until = future ? s.start + future.index : s.end;
      for (const c of people) if (c.span.start > from && c.span.end <= until) out.push([c, s]);
    }
  }
  return out;
}
