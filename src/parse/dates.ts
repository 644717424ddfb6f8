import { matchAll } from './match-all.js';

/** A date found in a line: ISO value plus the [start, end) it covers in that line. */
export interface DateMatch {
  iso: string;
  start: number;
  end: number;
}

// Keys are lower-case and accent-free so "fevrier", "février" and "Févr." all land on 2.
// prettier-ignore
const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, jan: 1,
  fevrier: 2, fevr: 2, fev: 2,
  mars: 3,
  avril: 4, avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7, juil: 7,
  aout: 8,
  septembre: 9, sept: 9,
  octobre: 10, oct: 10,
  novembre: 11, nov: 11,
  decembre: 12, dec: 12,
};

const MONTH_WORD =
  '(janvier|janv\\.?|f[ée]vrier|f[ée]vr?\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|ao[uû]t|septembre|sept\\.?|octobre|oct\\.?|novembre|nov\\.?|d[ée]cembre|d[ée]c\\.?)';

// "10 mars 2025", "le 14 avril 2025", "1er mars", "Vladimirov6 juillet 2023" (no space before the day),
// "4 au 10 juillet 23" (two-digit year) — but "le 9 mai 25 000 personnes" or "en mars 12,5%" keep no year. (?<!\d) instead of \b so a glued day still matches.
const WORDY = new RegExp(
  `(?<!\\d)(1er|[0-3]?\\d)(?:er)?\\s*${MONTH_WORD}(?![\\p{L}])(?:\\s+(\\d{4}|\\d{2})(?!\\d|[.,]\\d|\\s\\d{3}|\\s*%))?`,
  'giu',
);
// "20.09.2021", "20/09/2021", "20-09-21".
const NUMERIC = /(?<![\d.,])([0-3]?\d)([./-])([01]?\d)\2(\d{4}|\d{2})(?![\d.,]?\d)/g;

const stripAccents = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');

/** Two-digit years are 20xx: the series starts in the 2010s ("du 4 au 10 juillet 23" → 2023). */
export const fullYear = (y: number): number => (y < 100 ? 2000 + y : y);

function isoOf(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2100) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(word: string): number | undefined {
  return MONTHS[stripAccents(word.toLowerCase()).replace(/\.$/, '')];
}

/**
 * Every French date in `line`, in order. A date without a year takes `defaultYear`
 * ("1er mars" in a document about 2025), and is skipped when there is none.
 */
export function findDates(line: string, defaultYear?: number): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of matchAll(line, WORDY)) {
    const month = monthNumber(m[2]!);
    const day = m[1] === '1er' ? 1 : Number(m[1]);
    const year = m[3] !== undefined ? fullYear(Number(m[3])) : defaultYear;
    if (month === undefined || year === undefined) continue;
    const iso = isoOf(year, month, day);
    if (iso) out.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  for (const m of matchAll(line, NUMERIC)) {
    const iso = isoOf(fullYear(Number(m[4])), Number(m[3]), Number(m[1]));
    if (iso) out.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The first date in `line`, with a leading "le " included in its range. */
export function findDate(line: string, defaultYear?: number): DateMatch | null {
  const first = findDates(line, defaultYear)[0];
  if (!first) return null;
  const le = /(?:^|\s)(le\s+)$/i.exec(line.slice(0, first.start));
  return le ? { ...first, start: first.start - le[1]!.length } : first;
}

/** The year of an ISO date, used as the default year for "1er mars" elsewhere in the document. */
export function yearOf(iso: string | null): number | undefined {
  return iso ? Number(iso.slice(0, 4)) : undefined;
}
