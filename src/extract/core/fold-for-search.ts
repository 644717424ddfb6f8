// foldForSearch runs on every name, word and title window the finders look at; folding with
// String.normalize per character was the largest single cost of extraction. The per-character
// rule is unchanged (foldChar); its results are remembered per UTF-16 unit in a table, per
// surrogate pair in a map, and short strings ("Poutine", "gouverneur") whole.

/** The original rule for one code point: accents and case dropped only when the length holds. */
function foldChar(ch: string): string {
  const base = ch
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  // keep one UTF-16 unit per unit of input so offsets stay valid
  const out =
    base.length === ch.length ? base : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
  return out.replace(/[’`]/g, "'");
}

// Folded unit + 1 for each BMP unit (0 = not computed yet); lone surrogates fold as themselves would.
const units = new Uint16Array(65536);
const pairs = new Map<string, string>();

/** The folded UTF-16 unit for a unit that is not half of a surrogate pair. */
export function foldUnit(c: number): number {
  const f = units[c]!;
  if (f !== 0) return f - 1;
  const folded = foldChar(String.fromCharCode(c)).charCodeAt(0);
  units[c] = folded + 1;
  return folded;
}

function foldPair(pair: string): string {
  let f = pairs.get(pair);
  if (f === undefined) pairs.set(pair, (f = foldChar(pair)));
  return f;
}

const words = new Map<string, string>();
const SHORT = 40;

/** Accent- and case-folded text with the same length as the input, for searching with offsets kept. */
export function foldForSearch(s: string): string {
  if (s.length > SHORT) return foldUnits(s);
  let f = words.get(s);
  if (f === undefined) {
    if (words.size > 50_000) words.clear();
    words.set(s, (f = foldUnits(s)));
  }
  return f;
}

function foldUnits(s: string): string {
  const n = s.length;
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const f = foldPair(s.slice(i, i + 2));
        out[i] = f.charCodeAt(0);
        out[++i] = f.charCodeAt(1);
        continue;
      }
    }
    out[i] = foldUnit(c);
  }
  return unitsToString(out);
}

/** A string from UTF-16 units, lone surrogates kept (TextDecoder would replace them). */
export function unitsToString(units: Uint16Array): string {
  const codes = units as unknown as number[];
  if (units.length <= 4096) return String.fromCharCode.apply(null, codes);
  let r = '';
  for (let i = 0; i < units.length; i += 4096)
    r += String.fromCharCode.apply(null, units.subarray(i, i + 4096) as unknown as number[]);
  return r;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
let lastText: string | undefined;
let lastFolded = '';

/**
 * foldForSearch(text.slice(from, to)), taken from the whole text folded once: finders fold many
 * small windows of the same document (a title search looks 240 characters back from each name).
 * Folding is per code point and keeps lengths, so the two agree except where the slice cuts a
 * surrogate pair, which is folded on its own.
 */
export function foldedSlice(text: string, from: number, to: number): string {
  const cutsPair =
    (isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1))) ||
    (isHigh(text.charCodeAt(to - 1)) && isLow(text.charCodeAt(to)));
  if (cutsPair || text.length < 1000) return foldForSearch(text.slice(from, to));
  if (text !== lastText) {
    lastFolded = foldUnits(text);
    lastText = text;
  }
  return lastFolded.slice(from, to);
}
