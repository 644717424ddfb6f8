// Titles and articles that open a name without being part of it: "Mr. Poutine", "président Lukashenko".
const LEADING =
  /^(?:mr|mrs|m|mme|mlle|monsieur|madame|president|presidente|le|la|les|l|the|general|colonel|amiral|marechal|ministre|gouverneur|docteur|dr|professeur|camarade)\s+/;

/** Lower-case, strip accents and punctuation, drop leading titles and articles: "Mr. Poutine" → "poutine". */
export function normalizeName(s: string): string {
  let t = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  for (let i = 0; i < 4; i++) t = t.replace(LEADING, '');
  return t;
}

// French and English transliterations of one Russian name, folded to one key, in this order:
// "Loukachenko" → "lukaSenko" ← "Lukashenko"; "Tsyboulski" → "tsibulski" ← "Tsybulsky";
// "Zaporijia" → "zaporiZia", "Zaporozhye" → "zaporoZie" (left to the fuzzy match: the vowels differ).
const FOLDS: ReadonlyArray<[RegExp, string]> = [
  [/ou/g, 'u'], // Loukachenko, Iouri
  [/gu(?=[eiy])/g, 'g'], // French keeps g hard with a u: Sergueï / Sergei, Guennadi / Gennady
  [/(?:shch|chtch|sch|tch|ch|sh)/g, 'S'], // French ch = English sh; French tch = English ch
  [/(?:dzh|dj|zh|j)/g, 'Z'], // French j = English zh: Zaporijia / Zaporizhzhia
  [/kh/g, 'h'], // Makhonin / Mahonin
  [/(?:ks|x)/g, 'x'], // Aleksey / Alexeï
  [/ph/g, 'f'],
  [/w/g, 'v'], // German-style Medwedew
  [/y/g, 'i'], // Tsybulsky / Tsyboulski, Dmitry / Dmitri, ï is already i
  [/(\p{L})\1+/gu, '$1'], // Zaporijjia, Dmitrii
  [/(\p{L})re\b/gu, '$1er'], // Alexandre / Alexander
];

/** Transliteration-folded key of a name: variants of one Russian name in French and English share it. */
export function translitKey(s: string): string {
  let t = normalizeName(s);
  for (const [pattern, replacement] of FOLDS) t = t.replace(pattern, replacement);
  return t;
}

/** Consonant skeleton of a folded key ("zaporoZie" → "zprZ"): vowels are where transliterations disagree. */
export function skeleton(key: string): string {
  return key.replace(/[aeiou\s]/g, '');
}

/** Digits of a name: "56e régiment" and "57e régiment" must never match fuzzily. */
export function digitsOf(s: string): string {
  return s.replace(/\D+/g, ' ').trim();
}
