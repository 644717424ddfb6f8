// String.prototype.matchAll clones its regex on every call; for the large alternations of the
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

/**
 * matchAll(text, (?<!notAfter)re) with the one-character look-behind checked in code: a leading
 * look-behind makes the engine try every position, where `re` alone skips ahead to its first
 * character (\p{Lu} for names, a digit for figures). A match whose previous code point is in
 * `notAfter` is dropped and the search resumes one code point later, as the look-behind would.
 */
export function matchAllNotAfter(text: string, re: RegExp, notAfter: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError('matchAllNotAfter: the regex must be global');
  const unicode = re.unicode || re.flags.includes('v');
  const saved = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m.index > 0 && notAfter.test(codePointBefore(text, m.index))) {
        re.lastIndex = advance(text, m.index, unicode);
        continue;
      }
      out.push(m);
      if (m[0] === '') re.lastIndex = advance(text, re.lastIndex, unicode);
    }
  } finally {
    re.lastIndex = saved;
  }
  return out;
}

function codePointBefore(text: string, i: number): string {
  const c = text.charCodeAt(i - 1);
  const b = i >= 2 ? text.charCodeAt(i - 2) : 0;
  return c >= 0xdc00 && c <= 0xdfff && b >= 0xd800 && b <= 0xdbff ? text.slice(i - 2, i) : text[i - 1]!;
}
