// Same folding as the reference scorer (shared/eval/score.mjs): names that fold alike are one name.
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

/** Accent- and case-folded text with the same length as the input, for searching with offsets kept. */
export function foldForSearch(s: string): string {
  let out = '';
  for (const ch of s) {
    const base = ch
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
    // keep one UTF-16 unit per unit of input so offsets stay valid
    out += base.length === ch.length ? base : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  }
  return out.replace(/[’`]/g, "'");
}

/** Kebab-case slug for ids: "Territoire de Perm" → "territoire-de-perm". */
export function slugify(s: string): string {
  return normalizeName(s).replace(/\s+/g, '-') || 'x';
}
