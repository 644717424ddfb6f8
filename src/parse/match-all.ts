// A copy of extract/core/match-all.ts (stages import only model/). String.prototype.matchAll clones its regex on every call; for the large alternations of the
// lexicons (titles, agreement heads, unit names) that clone cost ten times the matching itself,
// and finders call it per line and per sentence. This runs the regex in place and collects the
// same matches, leaving its lastIndex as it found it.

/** The matches `text.matchAll(re)` yields, as an array; `re` must be global, like matchAll requires. */
export function matchAll(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchAll: the regex must be global');
  const saved = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      // an empty match moves on by one code point (unicode) or unit, as matchAll does
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
    }
  } finally {
    re.lastIndex = saved;
  }
  return out;
}

function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
