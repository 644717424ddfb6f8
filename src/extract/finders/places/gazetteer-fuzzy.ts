import { distance } from 'fastest-levenshtein';
import type { GazetteerEntry } from './gazetteer.js';
import { isCountryAdjective, lexiconPairs } from './gazetteer-lexicon.js';
import { foldFast } from './gazetteer.js';

// The seed misspells names a lexicon holds: "Ualkali" (Uralkali), "Severodonetk" (Severodonetsk).
// One edit on a word of six letters or more, two on twelve or more, same first letter; only
// single-word names of cities, countries, subjects, companies and media qualify.
const FUZZY_KINDS = new Set(['city', 'country', 'federal_subject', 'company', 'media']);
// Keyed by first letter and length: a word is only compared with forms it could be one edit from.
let buckets: Map<string, [string, GazetteerEntry][]> | undefined;

function index(): Map<string, [string, GazetteerEntry][]> {
  if (buckets) return buckets;
  buckets = new Map();
  for (const [form, entry] of lexiconPairs()) {
    const f = foldFast(form);
    if (f.length < 6 || /[^\p{L}]/u.test(f) || !FUZZY_KINDS.has(String(entry.properties.kind))) continue;
    const key = `${f[0]}${f.length}`;
    const list = buckets.get(key) ?? [];
    if (!list.some(([g]) => g === f)) list.push([f, entry]);
    buckets.set(key, list);
  }
  return buckets;
}

// Every capitalised word of six letters or more is asked about, and names recur from document to
// document: remember the answer per word (bounded).
const nearest = new Map<string, GazetteerEntry | undefined>();

/** The lexicon entry a misspelt single word most likely stands for, if one is close enough. */
export function nearestEntry(word: string): GazetteerEntry | undefined {
  if (nearest.has(word)) return nearest.get(word);
  if (nearest.size > 50_000) nearest.clear();
  const entry = search(word);
  nearest.set(word, entry);
  return entry;
}

function search(word: string): GazetteerEntry | undefined {
  const w = foldFast(word);
  if (w.length < 6 || isCountryAdjective(word)) return undefined;
  const budget = w.length >= 12 ? 2 : 1;
  let best: [number, GazetteerEntry] | undefined;
  for (let len = w.length - budget; len <= w.length + budget; len++)
    for (const [form, entry] of index().get(`${w[0]}${len}`) ?? []) {
      // "Algérien", "Tunisien": a suffix added to a country is a demonym, not a typo.
      if (w.startsWith(form) || form.startsWith(w)) continue;
      const d = distance(form, w);
      if (d > 0 && d <= budget && (!best || d < best[0])) best = [d, entry];
    }
  return best?.[1];
}
