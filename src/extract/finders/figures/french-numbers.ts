import words from '../../lexicons/number-words.json' with { type: 'json' };

const UNITS = words.units as Record<string, number>;
const TENS = words.tens as Record<string, number>;
const HUNDRED = new Set(words.hundred);
const THOUSAND = new Set(words.thousand);
const MULTIPLIERS = words.multipliers as Record<string, number>;
const COLLECTIVES = words.collectives as Record<string, number>;

const byLength = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).join('|');
const NUMBER_WORD = byLength([...Object.keys(UNITS), ...Object.keys(TENS), ...HUNDRED, ...THOUSAND]);

/**
 * A French number written in words: "dix", "vingt et un", "quatre-vingt-dix", "deux cents", "trois mille".
 * Used with the `iu` flags; callers add their own word boundaries.
 */
export const NUMBER_WORDS_SOURCE = `(?:${NUMBER_WORD})(?:(?:-et-|\\s+et\\s+|[-\\s]+)(?:${NUMBER_WORD}))*`;

/**
 * A number written in digits: "300.000", "1 100", "2 000", "8,2", "108,5", "5.7".
 * Thousands groups take a dot, a space or a narrow no-break space, and exactly three digits each,
 * so "En 2024, 350" and "2024 350" never fuse; the decimal mark is the French comma.
 */
export const DIGITS_SOURCE = String.raw`\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?![\d])(?:,\d+)?|\d+(?:,\d+)?`;

/** Multiplier words after a number: "8,2 millions", "97 à 98 milliards", "un millier". */
export const MULTIPLIER_SOURCE = byLength(Object.keys(MULTIPLIERS).filter((w) => w.length > 2));

/** Value of a digit string: "300.000" → 300000, "1 100" → 1100, "8,2" → 8.2; null when it is not a number. */
export function parseDigits(raw: string): number | null {
  const s = raw.trim();
  let normalised: string;
  if (/^\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?:,\d+)?$/.test(s))
    normalised = s.replace(/[.\u00a0\u202f ]/g, '').replace(',', '.');
  else if (/^\d+(?:[,.]\d+)?$/.test(s)) normalised = s.replace(',', '.');
  else return null;
  const n = Number(normalised);
  return Number.isFinite(n) ? n : null;
}

/** Value of a number in words: "quatre-vingt-dix" → 90, "deux cents" → 200, "vingt et un" → 21; null if not one. */
export function parseNumberWords(raw: string): number | null {
  const tokens = raw
    .toLowerCase()
    .split(/[-\s]+/)
    .filter((t) => t && t !== 'et');
  if (tokens.length === 0) return null;
  let total = 0;
  let current = 0;
  for (const t of tokens) {
    if (t in UNITS) current += UNITS[t]!;
    else if (t in TENS) {
      // "quatre-vingt(s)" is 80: the four already read multiplies the twenty
      if (TENS[t] === 20 && current % 100 === 4) current += 76;
      else current += TENS[t]!;
    } else if (HUNDRED.has(t)) current = (current % 100 || 1) * 100 + Math.floor(current / 100) * 100;
    else if (THOUSAND.has(t)) {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
  }
  return total + current;
}

/** Value of a multiplier word ("millions" → 1e6), or undefined. */
export function multiplierOf(word: string): number | undefined {
  return MULTIPLIERS[word] ?? MULTIPLIERS[word.toLowerCase()];
}

/** Value of a collective noun ("dizaine" → 10, "centaines" → 100), or undefined. */
export function collectiveOf(word: string): number | undefined {
  return COLLECTIVES[word.toLowerCase()];
}

/** A number in digits or words, with an optional multiplier: "8,2 millions" → 8200000, "six millions" → 6000000. */
export function parseFrenchNumber(raw: string): number | null {
  const m = /^(.*?)(?:\s+(\p{L}+))?$/u.exec(raw.trim());
  if (!m) return null;
  const [, head = '', tail] = m;
  const mult = tail ? multiplierOf(tail) : undefined;
  const base = mult !== undefined ? head : raw.trim();
  const value = parseDigits(base) ?? parseNumberWords(base);
  if (value === null) return null;
  return mult !== undefined ? round(value * mult) : value;
}

/** Multiplies without binary noise: 8.2 × 1e6 = 8200000, not 8199999.999999999. */
export const round = (n: number): number => Number(n.toPrecision(12));
