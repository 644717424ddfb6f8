/** One line of the text: [start, end) excludes the line break, and the trimmed slice (spaces, BOM) is in `text`. */
export interface Line {
  /** 0-based line number. */
  n: number;
  start: number;
  end: number;
  text: string;
}

// Trim also the BOM (U+FEFF) and no-break spaces: a BOM-led first line still starts at its first letter.
const EDGE = /^[\s\uFEFF]+|[\s\uFEFF]+$/gu;

/** Splits on \n, \r\n or a lone \r, and trims each line; blank lines are kept (text === ''). */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let from = 0;
  let n = 0;
  for (;;) {
    const m = re.exec(text);
    const stop = m ? m.index : text.length;
    out.push(trimLine(text, n++, from, stop));
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

function trimLine(text: string, n: number, start: number, end: number): Line {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.replace(/^[\s\uFEFF]+/u, '').length;
  const trimmed = raw.replace(EDGE, '');
  const s = trimmed === '' ? start : start + lead;
  return { n, start: s, end: s + trimmed.length, text: trimmed };
}
