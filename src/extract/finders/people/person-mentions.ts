import type { Span } from '../../../model/index.js';
import {
  LATER_NAME_WORD,
  NAME_SEQ,
  NAME_WORD,
  PARTICLE,
  isFirstName,
  mayBeNameWord,
  trimNameSeq,
} from './person-names.js';
import { matchAll, matchAllNotAfter } from '../../core/match-all.js';
import { titledNames } from './titled-names.js';
import { matchesPerLine } from '../../core/matches-per-line.js';

/** A name found by one rule, before titles are attached; lower `rank` wins when two overlap. */
export interface NameHit extends Span {
  rank: number;
  /** A title word glued to the name by the rule itself ("président Poutine"). */
  title?: string;
}

export const RANK = {
  speaker: 0,
  firstName: 1,
  postHolder: 1,
  honorific: 2,
  titled: 2,
  initial: 3,
  surname: 4,
} as const;

// Each pattern below holds only where no letter or digit comes right before it: that look-behind
// is checked by matchAllNotAfter, in code (see there why).
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const notAfterLetter = (re: RegExp) => (s: string) => matchAllNotAfter(s, re, LETTER_OR_DIGIT);
// "Mr. Poutine", "M. Lukashenko", "Monsieur Peskov", "Madame Pamfilova" — but "Monsieur le Président" names no one.
const HONORIFIC = new RegExp(
  String.raw`(?:Mr\.?|Mrs\.?|Ms\.?|M\.|Mme\.?|Mlle\.?|Monsieur|Madame|Dr\.?)\s+(${NAME_SEQ})`,
  'gu',
);
// "président Poutine", "Président Lukashenko", "ministre Lavrov": a post word right before a surname.
const TITLED = new RegExp(
  String.raw`((?:[Pp]r[ée]sidente?|President|[Pp]remier ministre|[Mm]inistre|[Gg]ouverneure?|[Mm]aire|` +
    String.raw`[Aa]mbassadeur|[Gg][ée]n[ée]ral|[Cc]olonel|[Aa]miral|[Mm]ar[ée]chal|[Pp]atriarche|[Rr]oi|[Rr]eine|[Pp]rince|` +
    String.raw`[ÉéEe]mir|[Cc]heikh|[Cc]hanceli[eè]re?|[Ss][ée]nateur|[Dd][ée]put[ée]))\s+(${NAME_SEQ})`,
  'gu',
);
// Any run of capitalised words: "Perm Dmitry Makhonin" holds the person "Dmitry Makhonin".
const CAP_RUN = new RegExp(String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${LATER_NAME_WORD})+`, 'gu');
const NAME_WORDS = new RegExp(LATER_NAME_WORD, 'gu');
/** Words a name may hold after its first name: "Luiz Inácio Lula da Silva", "Khadga Prasad Sharma Oli". */
const MAX_NAME_WORDS = 4;
// "V. Poutine": an initial then a surname ("M." is the honorific, handled above).
// …and no dot either: "J.-P. Dupont" is not "P. Dupont".
const INITIAL = new RegExp(String.raw`([A-LN-Z])\.\s?(${NAME_WORD})`, 'gu');
const LETTER_DIGIT_OR_DOT = /[\p{L}\p{N}.]/u;

/** Name hits of each line, in line order: first-name names, then "Mr. X", "président X", "V. X". */
export function lineHits(text: string, lines: readonly Span[]): NameHit[] {
  const runs = matchesPerLine(text, lines, notAfterLetter(CAP_RUN));
  const honorifics = matchesPerLine(text, lines, notAfterLetter(HONORIFIC));
  const titled = matchesPerLine(text, lines, notAfterLetter(TITLED));
  const initials = matchesPerLine(text, lines, (s) => matchAllNotAfter(s, INITIAL, LETTER_DIGIT_OR_DOT));
  return lines.flatMap((line, i) => [
    ...firstNameHits(text, line.start, runs[i]!),
    ...titledNames(text, line).map((s) => ({ ...s, rank: RANK.postHolder })),
    ...cueHits(line.start, honorifics[i]!, titled[i]!, initials[i]!),
  ]);
}

/** Names in one line of text led by a first name of the lexicon: "Vladimir Poutine", "Valery Gerasimov". */
function firstNameHits(text: string, from: number, runs: readonly RegExpExecArray[]): NameHit[] {
  const out: NameHit[] = [];
  for (const m of runs) {
    const words = matchAll(m[0], NAME_WORDS);
    const i = words.findIndex((w, k) => k < words.length - 1 && isFirstName(w[0]));
    if (i < 0) continue;
    const start = from + m.index + words[i]!.index;
    const last = words[Math.min(words.length - 1, i + MAX_NAME_WORDS - 1)]!;
    const name = trimNameSeq(text.slice(start, from + m.index + last.index + last[0].length));
    if (name.includes(' ')) out.push({ start, end: start + name.length, rank: RANK.firstName });
  }
  return out;
}

/** "Mr. X", "président X" and "V. X" mentions in one line. */
function cueHits(
  from: number,
  honorifics: readonly RegExpExecArray[],
  titled: readonly RegExpExecArray[],
  initials: readonly RegExpExecArray[],
): NameHit[] {
  const out: NameHit[] = [];
  for (const m of honorifics) push(out, from + m.index + m[0].length - m[1]!.length, m[1]!, RANK.honorific);
  for (const m of titled) {
    push(out, from + m.index + m[0].length - m[2]!.length, m[2]!, RANK.titled, m[1]!.toLowerCase());
  }
  for (const m of initials) {
    if (mayBeNameWord(m[2]!) && !isFirstName(m[2]!)) {
      out.push({ start: from + m.index, end: from + m.index + m[0].length, rank: RANK.initial });
    }
  }
  return out;
}

function push(out: NameHit[], start: number, seq: string, rank: number, title?: string): void {
  const name = trimNameSeq(seq);
  if (!name) return;
  // "Mr. Vladimir" alone is a first name, not a surname to remember.
  if (!name.includes(' ') && isFirstName(name)) return;
  out.push({ start, end: start + name.length, rank, ...(title && { title }) });
}

/**
 * Later surname-only mentions of people already named ("Makhonin", "[Zelensky]"): what
 * /(?<![\p{L}\p{N}])(?:S1|S2|…)(?![\p{L}\p{N}])/gu finds, the first surname of the set winning at a
 * position. Compiling that alternation anew for each document's surnames cost more than matching,
 * so the text is scanned word start by word start against the surnames that begin with its letter.
 */
export function surnameHits(
  text: string,
  from: number,
  to: number,
  surnames: ReadonlySet<string>,
): NameHit[] {
  if (surnames.size === 0) return [];
  const byFirst = new Map<number, string[]>();
  for (const s of surnames) {
    if (!s) continue;
    const list = byFirst.get(s.charCodeAt(0));
    if (list) list.push(s);
    else byFirst.set(s.charCodeAt(0), [s]);
  }
  const out: NameHit[] = [];
  for (let at = from; at < to; at++) {
    const list = byFirst.get(text.charCodeAt(at));
    if (!list || isWordAt(text, from, at - 1, -1)) continue;
    const hit = list.find(
      (s) => at + s.length <= to && text.startsWith(s, at) && !isWordAt(text, to, at + s.length, 1),
    );
    if (!hit) continue;
    out.push({ start: at, end: at + hit.length, rank: RANK.surname });
    at += hit.length - 1;
  }
  return out;
}

const STARTS_WITH_LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/**
 * True when the code point ending (dir -1) or starting (dir 1) at `i` is a letter or digit,
 * within the searched range whose other bound is `bound`.
 */
function isWordAt(text: string, bound: number, i: number, dir: -1 | 1): boolean {
  if (dir < 0 ? i < bound : i >= bound) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // a low surrogate looked at backwards belongs to the pair that ends at it, if there is one
  const pairs = dir < 0 && c >= 0xdc00 && c <= 0xdfff && i - 1 >= bound;
  const high = pairs ? text.charCodeAt(i - 1) : 0;
  const pairStart = high >= 0xd800 && high <= 0xdbff ? i - 1 : i;
  return STARTS_WITH_LETTER_OR_DIGIT.test(
    text.slice(pairStart, dir < 0 ? pairStart + 2 : Math.min(pairStart + 2, bound)),
  );
}
