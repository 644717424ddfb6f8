// Same folding as the reference scorer (shared/eval/score.mjs): names that fold alike are one name.
export { foldForSearch } from './fold-for-search.js';

const LEADING_TITLES = /^(mr|mrs|m|mme|monsieur|madame|president|presidente|le|la|les|l|the)\s+/;

/** Lower-case, strip accents and punctuation, drop leading titles/articles: "Mr. Poutine" → "poutine". */
export function normalizeName(s: string): string {
  const hit = normalized.get(s);
  if (hit !== undefined) return hit;
  if (normalized.size > 100_000) normalized.clear();
  const t = fold(s);
  normalized.set(s, t);
  return t;
}

// Finders normalise the same few hundred names over and over: remember them (bounded).
const normalized = new Map<string, string>();

function fold(s: string): string {
  let t = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  for (let i = 0; i < 3; i++) t = t.replace(LEADING_TITLES, '');
  return t;
}

/** Kebab-case slug for ids: "Territoire de Perm" → "territoire-de-perm". */
export function slugify(s: string): string {
  return normalizeName(s).replace(/\s+/g, '-') || 'x';
}
