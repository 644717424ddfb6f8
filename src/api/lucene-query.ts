// Full-text search text comes from users: every Lucene operator is escaped, then each word becomes a
// fuzzy term so typos and transliterations still hit ("Loukachenko" → Lukashenko, "Biélorussie").
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/]|&&|\|\|/g;
const MAX_TERMS = 8;
// Lucene refuses terms longer than about 1,000 characters; no name is anywhere near 100.
const MAX_WORD = 100;

/** Builds a safe Lucene query: exact phrase boosted, then fuzzy and prefix terms. Empty when nothing is searchable. */
export function luceneQuery(text: string): string {
  const words = text
    .normalize('NFC')
    .split(/[\s\p{P}]+/u)
    .map((w) => w.replace(SPECIAL, '').slice(0, MAX_WORD))
    .filter((w) => w.length > 0 && !/^(AND|OR|NOT|TO)$/.test(w))
    .slice(0, MAX_TERMS);
  if (words.length === 0) return '';
  const fuzzy = words.map((w) => (w.length >= 4 ? `${w}~${w.length >= 8 ? 2 : 1}` : w));
  const prefix = words.filter((w) => w.length >= 3).map((w) => `${w}*`);
  const phrase = words.length > 1 ? `"${words.join(' ')}"^3 OR ` : '';
  return `${phrase}(${[...words.map((w) => `${w}^2`), ...fuzzy, ...prefix].join(' OR ')})`;
}
