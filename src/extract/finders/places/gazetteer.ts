import type { EntityType, Properties } from '../../../model/index.js';
import { foldForSearch, foldUnit, unitsToString } from '../../core/fold-for-search.js';

/** What a lexicon form denotes: one entity of `type`, grouped under `canonical`. */
export interface GazetteerEntry {
  type: EntityType;
  canonical: string;
  properties: Properties;
}

/** A lexicon form found in the text: [start, end) of the surface form. */
export interface GazetteerMatch {
  entry: GazetteerEntry;
  start: number;
  end: number;
}

export interface Gazetteer {
  /** Longest, non-overlapping matches, left to right. */
  match(text: string): GazetteerMatch[];
  /** The entry a whole phrase denotes ("région de Kursk" → Région de Koursk), case rules included. */
  lookup(phrase: string): GazetteerEntry | undefined;
}

// "ONU" must not match the verb "ont"'s cousin "onu"; "Chine" must not match "chine";
// "région de Kursk" (a lower-case head) matches in any case ("territoire PERM", "région perm").
type CaseRule = 'upper' | 'cap' | 'any';
interface Form {
  entry: GazetteerEntry;
  rule: CaseRule;
}

/**
 * foldForSearch, except that ASCII only loses its case ("`" stays): same length as the input.
 * Folded per UTF-16 unit through foldForSearch's table, written into a buffer.
 */
export function foldFast(s: string): string {
  const n = s.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) out[i] = c >= 65 && c <= 90 ? c + 32 : c;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const f = foldForSearch(s.slice(i, i + 2));
      out[i] = f.charCodeAt(0);
      out[++i] = f.charCodeAt(1);
    } else out[i] = foldUnit(c);
  }
  return unitsToString(out);
}

// Tokens of one name may be joined by spaces, a hyphen, an apostrophe, a dot or brackets
// ("Komi-Permyak", "d’Arkhangelsk", "St. Petersburg", "Sakha (Yakutia)"), never by a line break,
// a comma or a dash ("Kremlin – Moscou" is two names).
const JOIN = /^[ \u00a0]{0,2}[-‐‑'’.()]?[ \u00a0]{0,2}$/;

// A single space, the usual gap, joins without a regex.
const joins = (text: string, from: number, to: number) =>
  (to - from === 1 && text.charCodeAt(from) === 32) || JOIN.test(text.slice(from, to));

const WORDISH = /^[\p{L}\p{N}]+$/u;
const wordUnits = new Map<string, boolean>();
const isWordUnit = (ch: string) => {
  let w = wordUnits.get(ch);
  if (w === undefined) wordUnits.set(ch, (w = WORDISH.test(ch)));
  return w;
};

interface Token {
  start: number;
  end: number;
  text: string;
}

/** Runs of letters and digits in folded text (what /[\p{L}\p{N}]+/gu finds, without its cost). */
function tokens(folded: string): Token[] {
  const out: Token[] = [];
  const n = folded.length;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    let word = false;
    let width = 1;
    if (i < n) {
      const c = folded.charCodeAt(i);
      if (c < 128) word = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        word = isWordUnit(folded.slice(i, i + 2));
        width = 2;
      } else word = isWordUnit(folded[i]!);
    }
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out.push({ start, end: i, text: folded.slice(start, i) });
      start = -1;
    }
    i += width - 1;
  }
  return out;
}

const keyOf = (phrase: string) =>
  tokens(foldFast(phrase))
    .map((t) => t.text)
    .join(' ');

function ruleOf(form: string): CaseRule {
  const letters = form.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
    return 'upper';
  return /^\p{Lu}/u.test(form) ? 'cap' : 'any';
}

function accepts(rule: CaseRule, surface: string): boolean {
  if (rule === 'any') return true;
  if (rule === 'cap') return /^[\p{Lu}\p{N}]/u.test(surface);
  const letters = surface.replace(/[^\p{L}]/gu, '');
  return letters === letters.toUpperCase();
}

/** Builds a matcher over `(form, entry)` pairs; the first entry given for a form wins. */
export function createGazetteer(forms: Iterable<readonly [string, GazetteerEntry]>): Gazetteer {
  const index = new Map<string, Form[]>();
  const prefixes = new Set<string>();
  let longest = 1;
  for (const [form, entry] of forms) {
    const toks = tokens(foldFast(form));
    if (toks.length === 0) continue;
    const key = toks.map((t) => t.text).join(' ');
    const list = index.get(key) ?? [];
    const rule = ruleOf(form.trim());
    if (!list.some((f) => f.entry === entry && f.rule === rule)) list.push({ entry, rule });
    index.set(key, list);
    longest = Math.max(longest, toks.length);
    for (let i = 1; i < toks.length; i++)
      prefixes.add(
        toks
          .slice(0, i)
          .map((t) => t.text)
          .join(' '),
      );
  }

  const entryFor = (key: string, surface: string) =>
    index.get(key)?.find((f) => accepts(f.rule, surface))?.entry;
  // Most keys tried are no lexicon form: slice the surface only for those that are.
  const entryAt = (key: string, text: string, start: number, end: number) =>
    index.has(key) ? entryFor(key, text.slice(start, end)) : undefined;

  function match(text: string): GazetteerMatch[] {
    const toks = tokens(foldFast(text));
    const out: GazetteerMatch[] = [];
    for (let i = 0; i < toks.length;) {
      let best: GazetteerMatch | undefined;
      let key = '';
      for (let j = i; j < toks.length && j - i < longest; j++) {
        if (j > i && !joins(text, toks[j - 1]!.end, toks[j]!.start)) break;
        key = j === i ? toks[j]!.text : `${key} ${toks[j]!.text}`;
        const start = toks[i]!.start;
        const end = toks[j]!.end;
        const entry = entryAt(key, text, start, end);
        if (entry) best = { entry, start, end };
        if (!prefixes.has(key)) break;
      }
      if (best) {
        out.push(best);
        while (i < toks.length && toks[i]!.start < best.end) i++;
      } else i++;
    }
    return out;
  }

  return { match, lookup: (phrase) => entryFor(keyOf(phrase), phrase.trim()) };
}
