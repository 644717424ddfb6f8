import type { Range } from './headings.js';
import { fold, TITLE_HEADS } from './title-words.js';
import { matchAll } from './match-all.js';

/** A journalist's self-introduction inside one paragraph: offsets relative to the paragraph. */
export interface JournalistMatch {
  name: Range;
  outlet?: Range;
}

const NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}`;

// "Je suis Anna Pyzh de la chaîne de télévision ONT", "Je m’appelle Ivan Petrov, agence TASS".
const SELF_CUE = /suis|appelle|nom est/u;
// No "i" flag: it would let \p{Lu} match lower-case letters and swallow "de" into the name.
const SELF = new RegExp(
  String.raw`(?:[Jj]e\s+suis|[Jj]e\s+m[’']appelle|[Mm]on\s+nom\s+est)\s+(${NAME})(?:\s*,)?\s*(?:(?:de|du|des)\s+|d[’'])?`,
  'gu',
);
// "Ilya Yezhov, Ria Novosti." / "Natalya Breus, la première chaîne d’information, le Bélarus." at a sentence
// start, or after "Question :" ("Question : Pavel Zarubin, chaîne de télévision Rossiya 1.").
// "Marina Koltsova: Bonjour, Marina Koltsova, agence TASS." after a turn's colon and a greeting too.
const SENTENCE_START =
  /(?:^|[.!?…:]\s+)(?:(?:Question|QUESTION)\s*:\s*)?(?:(?:Bonjour|Bonsoir)(?:\s+à\s+tous)?\s*[,!.]\s*)?/gu;
const SIGNED = new RegExp(String.raw`(${NAME})\s*(?:,\s*|\s+\()`, 'yu');

// What an outlet's name sounds like when no list can be consulted.
const MEDIA_CUE =
  /cha[îi]ne|t[ée]l[ée]vision|\bt[ée]l[ée]\b|\bTV\b|radio|agence|journal|quotidien|hebdomadaire|magazine|revue|gazette|presse|news|novosti|info|m[ée]dias?|channel|\bTASS\b|\bRIA\b|\bRT\b|\bNTV\b|\bCNN\b|\bBBC\b|\bAFP\b|Reuters|Bloomberg|Izvestia|Kommersant|Vedomosti|Rossiya|Zvezda|Sputnik|Interfax|blog|portail|site|correspondant|journaliste/iu;

/** Finds "Name, Outlet." or "Je suis Name de Outlet" in a paragraph; `speaker` is the turn's speaker, if any. */
export function findJournalist(text: string, speaker?: string): JournalistMatch | null {
  for (const m of SELF_CUE.test(text) ? matchAll(text, SELF) : []) {
    const nameStart = m.index + m[0].indexOf(m[1]!);
    const name = { start: nameStart, end: nameStart + m[1]!.length };
    const outlet = outletAt(text, m.index + m[0].length);
    return outlet ? { name, outlet } : { name };
  }
  if (!/[,(]/u.test(text)) return null;
  for (const start of matchAll(text, SENTENCE_START)) {
    SIGNED.lastIndex = start.index + start[0].length;
    const m = SIGNED.exec(text);
    if (!m) continue;
    const nameStart = m.index;
    const outlet = outletAt(text, m.index + m[0].length);
    if (!outlet) continue;
    const outletText = text.slice(outlet.start, outlet.end);
    const introducesSelf = speaker !== undefined && sameName(m[1]!, speaker);
    if (!introducesSelf && !MEDIA_CUE.test(outletText) && !/^\p{Lu}{2,6}$/u.test(outletText)) continue;
    return { name: { start: nameStart, end: nameStart + m[1]!.length }, outlet };
  }
  return null;
}

/** The outlet: from `from` to the first comma, closing bracket or sentence stop; at most eight words. */
function outletAt(text: string, from: number): Range | null {
  const rest = text.slice(from);
  const stop = /[,;)\]]|[.!?…](?=\s|$)|$/u.exec(rest)!;
  const raw = rest.slice(0, stop.index);
  const trimmed = raw.replace(/\s+$/u, '');
  if (!/\p{L}/u.test(trimmed) || trimmed.split(/\s+/u).length > 8) return null;
  // "… que je vous demande": a clause, not an outlet.
  if (/(?<!\p{L})(?:je|nous|vous|que|qui|est|sont|a|ai|ont)(?!\p{L})/u.test(trimmed)) return null;
  // "journaliste de TASS", "correspondante du quotidien Izvestia": the outlet is what follows.
  const role =
    /^(?:journaliste|correspondante?|r[ée]dact(?:eur|rice)(?:\s+en\s+chef)?|pr[ée]sentat(?:eur|rice)|reporter)\s+(?:de\s+l[’']|de\s+la\s+|du\s+|des\s+|de\s+|d[’']|à\s+)/iu.exec(
      trimmed,
    );
  if (role) return { start: from + role[0].length, end: from + trimmed.length };
  // "Ivan Petrov, directeur de l’agence fédérale des forêts": a post, not an outlet.
  // ("la première chaîne d’information" is an outlet: "première" there is no post "of" anything).
  const [first = '', second = ''] = trimmed.replace(/^(?:l[ea]\s+|l[’'])/iu, '').split(/\s+/u);
  if (TITLE_HEADS.has(fold(first)) && /^(?:de|du|des|d[’'].*)$/iu.test(second)) return null;
  return { start: from, end: from + trimmed.length };
}

const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
