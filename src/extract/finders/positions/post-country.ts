import lexicon from '../../lexicons/nationalities.json' with { type: 'json' };
import postWords from '../../lexicons/post-words.json' with { type: 'json' };
import type { ParsedDocument, Span, TextSpan } from '../../../model/index.js';
import { foldForSearch } from '../../core/fold-for-search.js';
import { normalizeName } from '../../core/normalize-name.js';
import { sentenceAt } from '../../core/sentences.js';
import type { Candidate } from '../../core/types.js';
import { headOf } from '../people/person-titles.js';

/** The country whose officials the text names without saying so: the host's own ministers. */
const HOME_COUNTRY = 'Fédération de Russie';

const COUNTRY_OF_ADJECTIVE: ReadonlyMap<string, string> = new Map(
  Object.entries(lexicon.nationalities as Record<string, string[]>).flatMap(([country, adjectives]) =>
    adjectives.map((a) => [foldForSearch(a), country] as const),
  ),
);

// "Du côté mongol étaient présents la ministre …", "La délégation indonésienne comprenait le ministre …".
const SIDE_CUE = /(?:côté|délégation|partie)\s+([\p{Ll}][\p{L}-]*)/gu;
// Posts of a government or of a head of state's staff: "ministre des Finances", "vice-Premier ministre",
// "conseiller du président", "assistant du président", "porte-parole du président".
const STATE_POST =
  /^(?:(?:premiere?|first)\s+)?(?:vice[-\s])?(?:premiere?s?\s+)?ministres?\b|^(?:conseill|assistant|aide|porte-parole|secretaire de presse)[^,]*\bpresiden/u;
const PORTFOLIO_WORDS = new Set(postWords.words.map((w) => foldForSearch(w)));

/** What may follow a minister's head and still name no country: a portfolio ("de l’Énergie", "des Transports"). */
const isPortfolio = (rest: string): boolean =>
  [...rest.matchAll(/\p{Lu}[\p{L}-]*/gu)].every((m) => PORTFOLIO_WORDS.has(foldForSearch(m[0])));

/**
 * The country of a post that names none, as a Region candidate of the document: a nationality adjective
 * in the post ("le ministre hongrois des Affaires étrangères", "le président kazakh"), else the side
 * the sentence gives ("Du côté mongol …", "la délégation kirghize comprenait …"), else, for a minister
 * or a presidential aide, the host country (the seed annotates Russian ministers so).
 */
export function countryOfPost(
  doc: ParsedDocument,
  person: Candidate,
  title: TextSpan,
  regions: readonly Candidate[],
): Candidate | undefined {
  const head = headOf(doc.text, title);
  if (!head) return undefined;
  const rest = doc.text.slice(head.end, title.end);
  const adjective = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(rest);
  const stated = adjective ? COUNTRY_OF_ADJECTIVE.get(foldForSearch(adjective[1]!)) : undefined;
  if (stated) return regionOf(stated, person.span, regions);
  if (!STATE_POST.test(foldForSearch(title.text))) return undefined;
  if (/ministre/u.test(foldForSearch(doc.text.slice(head.start, head.end))) && !isPortfolio(rest))
    return undefined;
  const side = sideOf(doc, person.span, title.start);
  return regionOf(side ?? HOME_COUNTRY, person.span, regions);
}

function sideOf(doc: ParsedDocument, name: Span, before: number): string | undefined {
  const sentence = sentenceAt(doc, name.start);
  let side: string | undefined;
  for (const m of doc.text.slice(sentence.start, before).matchAll(SIDE_CUE)) {
    side = COUNTRY_OF_ADJECTIVE.get(foldForSearch(m[1]!)) ?? side;
  }
  return side;
}

/** The document's mention of that country nearest to the holder's name, if the text names it at all. */
function regionOf(country: string, near: Span, regions: readonly Candidate[]): Candidate | undefined {
  const key = normalizeName(country);
  const mentions = regions.filter((r) => r.type === 'Region' && normalizeName(r.canonical ?? r.name) === key);
  return mentions.sort(
    (a, b) =>
      Math.abs(a.span.start - near.start) - Math.abs(b.span.start - near.start) ||
      a.span.start - b.span.start,
  )[0];
}
