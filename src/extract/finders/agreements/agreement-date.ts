import { FRENCH_MONTHS } from '../../../model/index.js';
const MONTHS: readonly string[] = FRENCH_MONTHS;
const MONTH = MONTHS.join('|');
const FULL_DATE = new RegExp(`(\\d{1,2})(?:er)?\\s+(${MONTH})\\s+(\\d{4})`, 'iu');
const YEAR = /(?:^|\s)(?:de|en|of)\s+((?:1[89]|20)\d\d)(?!\d)/u;

/** The date an agreement's name states: "du 25 décembre 1998" → "1998-12-25", "de 1949" → "1949". */
export function agreementDate(name: string): string | null {
  const full = FULL_DATE.exec(name);
  if (full) return isoDate(full[1]!, full[2]!, full[3]!);
  const year = YEAR.exec(name);
  return year ? year[1]! : null;
}

// "traité … signés à Minsk le 6 décembre 2024": place and date told just after the name.
const SIGNED_AT = new RegExp(
  `^\\s*,?\\s*sign\\p{L}*\\s+(?:à|au|en)\\s+(\\p{Lu}[\\p{L}-]+)(?:\\s+le\\s+(\\d{1,2})(?:er)?\\s+(${MONTH})\\s+(\\d{4}))?`,
  'u',
);

/** Place and date of signing stated right after an agreement's name, when there are any. */
export function signedAt(after: string): { place?: string; date?: string } {
  const m = SIGNED_AT.exec(after);
  if (!m) return {};
  return { place: m[1]!, ...(m[2] ? { date: isoDate(m[2], m[3]!, m[4]!) } : {}) };
}

function isoDate(day: string, monthName: string, year: string): string {
  const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}
