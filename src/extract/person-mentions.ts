import type { Span } from '../model/index.js';
import { NAME_SEQ, NAME_WORD, PARTICLE, isFirstName, mayBeNameWord, trimNameSeq } from './person-names.js';

/** A name found by one rule, before titles are attached; lower `rank` wins when two overlap. */
export interface NameHit extends Span {
  rank: number;
  /** A title word glued to the name by the rule itself ("président Poutine"). */
  title?: string;
}

export const RANK = { speaker: 0, firstName: 1, honorific: 2, titled: 2, initial: 3, surname: 4 } as const;

const NOT_AFTER_LETTER = String.raw`(?<![\p{L}\p{N}])`;
// "Mr. Poutine", "M. Lukashenko", "Monsieur Peskov", "Madame Pamfilova" — but "Monsieur le Président" names no one.
const HONORIFIC = new RegExp(
  String.raw`${NOT_AFTER_LETTER}(?:Mr\.?|Mrs\.?|Ms\.?|M\.|Mme\.?|Mlle\.?|Monsieur|Madame|Dr\.?)\s+(${NAME_SEQ})`,
  'gu',
);
// "président Poutine", "Président Lukashenko", "ministre Lavrov": a post word right before a surname.
const TITLED = new RegExp(
  String.raw`${NOT_AFTER_LETTER}((?:[Pp]r[ée]sidente?|President|[Pp]remier ministre|[Mm]inistre|[Gg]ouverneure?|[Mm]aire|` +
    String.raw`[Aa]mbassadeur|[Gg][ée]n[ée]ral|[Cc]olonel|[Aa]miral|[Mm]ar[ée]chal|[Pp]atriarche|[Rr]oi|[Rr]eine|[Pp]rince|` +
    String.raw`[ÉéEe]mir|[Cc]heikh|[Cc]hanceli[eè]re?|[Ss][ée]nateur|[Dd][ée]put[ée]))\s+(${NAME_SEQ})`,
  'gu',
);
// Any run of capitalised words: "Perm Dmitry Makhonin" holds the person "Dmitry Makhonin".
const CAP_RUN = new RegExp(
  String.raw`${NOT_AFTER_LETTER}${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${NAME_WORD})+`,
  'gu',
);
// "V. Poutine": an initial then a surname ("M." is the honorific, handled above).
const INITIAL = new RegExp(String.raw`(?<![\p{L}\p{N}.])([A-LN-Z])\.\s?(${NAME_WORD})`, 'gu');

/** Names in one line of text led by a first name of the lexicon: "Vladimir Poutine", "Valery Gerasimov". */
export function firstNameHits(text: string, from: number, to: number): NameHit[] {
  const out: NameHit[] = [];
  for (const m of text.slice(from, to).matchAll(CAP_RUN)) {
    const words = [...m[0].matchAll(new RegExp(NAME_WORD, 'gu'))];
    const i = words.findIndex((w, k) => k < words.length - 1 && isFirstName(w[0]));
    if (i < 0) continue;
    const start = from + m.index + words[i]!.index;
    const last = words[Math.min(words.length - 1, i + 2)]!;
    const name = trimNameSeq(text.slice(start, from + m.index + last.index + last[0].length));
    if (name.includes(' ')) out.push({ start, end: start + name.length, rank: RANK.firstName });
  }
  return out;
}

/** "Mr. X", "président X" and "V. X" mentions in one line. */
export function cueHits(text: string, from: number, to: number): NameHit[] {
  const out: NameHit[] = [];
  const line = text.slice(from, to);
  for (const m of line.matchAll(HONORIFIC))
    push(out, from + m.index + m[0].length - m[1]!.length, m[1]!, RANK.honorific);
  for (const m of line.matchAll(TITLED)) {
    push(out, from + m.index + m[0].length - m[2]!.length, m[2]!, RANK.titled, m[1]!.toLowerCase());
  }
  for (const m of line.matchAll(INITIAL)) {
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

// One pattern per set of surnames: people.ts asks line by line with the same set, and compiling a
// Unicode alternation per line cost more than the matching.
let cachedSet: ReadonlySet<string> | undefined;
let cachedPattern: RegExp | undefined;
function surnamePattern(surnames: ReadonlySet<string>): RegExp {
  if (cachedSet !== surnames || !cachedPattern) {
    const alternation = [...surnames].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    cachedPattern = new RegExp(String.raw`${NOT_AFTER_LETTER}(?:${alternation})(?![\p{L}\p{N}])`, 'gu');
    cachedSet = surnames;
  }
  cachedPattern.lastIndex = 0;
  return cachedPattern;
}

/** Later surname-only mentions of people already named ("Makhonin", "[Zelensky]"). */
export function surnameHits(
  text: string,
  from: number,
  to: number,
  surnames: ReadonlySet<string>,
): NameHit[] {
  if (surnames.size === 0) return [];
  const re = surnamePattern(surnames);
  return [...text.slice(from, to).matchAll(re)].map((m) => ({
    start: from + m.index,
    end: from + m.index + m[0].length,
    rank: RANK.surname,
  }));
}
