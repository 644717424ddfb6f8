import { distance } from 'fastest-levenshtein';
import { normalizeName } from '../core/normalize-name.js';

/** Folds French and English transliterations of Russian names together: Alexandre/Alexander, Loukachenko/Lukashenko. */
export function foldTransliteration(normalized: string): string {
  let f = folded.get(normalized);
  if (f === undefined) {
    if (folded.size > 50_000) folded.clear();
    folded.set(normalized, (f = fold(normalized)));
  }
  return f;
}

// Clustering compares every pair of a document's place names: remember each name's folding (bounded).
const folded = new Map<string, string>();

function fold(normalized: string): string {
  return normalized
    .replace(/ou/g, 'u')
    .replace(/kh/g, 'h')
    .replace(/sch|tch|ch|sh/g, 'sh')
    .replace(/dj|j|zh/g, 'zh')
    .replace(/ii\b|iy\b|yi\b|y\b|i\b/g, 'y')
    .replace(/ie|ye|ïe/g, 'e')
    .replace(/(\w)e\b/g, '$1')
    .replace(/([a-z])\1/g, '$1');
}

/** Tolerates one typo in names of six letters or more ("Lukashnko" for "Lukashenko", "Severodonetk"). */
export function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  const fa = foldTransliteration(a);
  const fb = foldTransliteration(b);
  if (fa === fb) return true;
  const shortest = Math.min(fa.length, fb.length);
  if (shortest < 6) return false;
  return distance(fa, fb) <= (shortest >= 10 ? 2 : 1);
}

export const tokensOf = (name: string): string[] => normalizeName(name).split(' ').filter(Boolean);

// French plurals fold to the singular so "accords intergouvernementaux" meets "accord intergouvernemental".
const singular = (w: string) => w.replace(/aux$/, 'al').replace(/(?<=\w{3})[sx]$/, '');

/** Words longer than three letters (as the scorer compares agreement titles), singularised. */
export const contentWords = (name: string): Set<string> =>
  new Set(
    tokensOf(name)
      .filter((w) => w.length > 3)
      .map(singular),
  );

export function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / Math.max(1, a.size + b.size - inter);
}
