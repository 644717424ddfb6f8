/** One line of the text: [start, end) excludes the line break, and the trimmed slice (spaces, BOM) is in `text`. */
export interface Line {
  /** 0-based line number. */
  n: number;
  start: number;
  end: number;
  text: string;
}

/** Splits on \n, \r\n or a lone \r, and trims each line; blank lines are kept (text === ''). */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let from = 0;
  let n = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    out.push(trimLine(text, n++, from, i));
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    from = i + 1;
  }
  return out;
}

// Trim also the BOM (U+FEFF) and no-break spaces: a BOM-led first line still starts at its first letter.
const isBlank = (c: number): boolean =>
  c === 32 ||
  c === 9 ||
  c === 0xfeff ||
  c === 0xa0 ||
  c === 0x202f ||
  c === 11 ||
  c === 12 ||
  (c >= 0x2000 && c <= 0x200b) ||
  c === 0x3000;

function trimLine(text: string, n: number, start: number, end: number): Line {
  let s = start;
  let e = end;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  return { n, start: s, end: e, text: text.slice(s, e) };
}
