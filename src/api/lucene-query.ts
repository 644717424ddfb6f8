// Full-text search text comes from users: every Lucene operator is escaped, then each word becomes a
// fuzzy term so typos and transliterations still hit ("Loukachenko" → Lukashenko, "Biélorussie").
const SPECIAL = /[+\-!(){}[\]^"~*?:\\/]|&&|\|\|/g;
const MAX_TERMS = 8;
// Lucene refuses terms longer than about 1,000 characters; no name is anywhere near 100.
const MAX_WORD = 100;
const FUNCTION_WORDS = new Set([
  'de',
  'du',
  'des',
  'd',
  'la',
  'le',
  'les',
  'l',
  'et',
  'à',
  'au',
  'aux',
  'en',
  'sur',
  'pour',
  'of',
  'the',
  'and',
]);

/** Builds a safe Lucene query: exact phrase boosted, then fuzzy and prefix terms. Empty when nothing is searchable. */
export function luceneQuery(text: string): string {
  const words = text
    .normalize('NFC')
    .split(/[\s\p{P}]+/u)
    .map((w) => w.replace(SPECIAL, '').slice(0, MAX_WORD))
    .filter((w) => w.length > 0 && !/^(AND|OR|NOT|TO)$/.test(w))
    .slice(0, MAX_TERMS);
  if (words.length === 0) return '';
  // "Territoire de Perm": alone, "de" matches most names in the index (thousands of hits to score and
  // load); function words count only inside the boosted phrase, unless nothing else is left.
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  const terms = content.length ? content : words;
  const fuzzy = terms.map((w) => (w.length >= 4 ? `${w}~${w.length >= 8 ? 2 : 1}` : w));
  const prefix = terms.filter((w) => w.length >= 3).map((w) => `${w}*`);
  const phrase = words.length > 1 ? `"${words.join(' ')}"^3 OR ` : '';
  return `${phrase}(${[...terms.map((w) => `${w}^2`), ...fuzzy, ...prefix].join(' OR ')})`;
}

/** The text as one escaped Lucene phrase ("Territoire de Perm" → `"Territoire de Perm"`); empty when nothing is left. */
export function lucenePhrase(text: string): string {
  const words = text
    .normalize('NFC')
    .split(/[\s\p{P}]+/u)
    .map((w) => w.replace(SPECIAL, '').slice(0, MAX_WORD))
    .filter((w) => w.length > 0)
    .slice(0, MAX_TERMS * 2);
  return words.length ? `"${words.join(' ')}"` : '';
}
