import type { Span } from '../../model/index.js';

const LINE_BREAK = /[\r\n]/;

/**
 * For each line, the matches `find` (a global regex search) finds in that line alone (`index` relative to the line), as if
 * each line were searched on its own, from one search over the whole text: a search per line cost
 * a slice and a regex start for each of a document's hundreds of lines.
 *
 * Lines are the [^\r\n]+ runs the caller keeps (people.ts drops URL lines). A match that runs across
 * a line break ("Vladimir\nPoutine" through \s+) could hide or lengthen matches of the lines it
 * touches, so those lines are searched again on their own. The regex must have no ^, $, \b or
 * lookarounds reaching past one character, so that a match within a line is the same either way.
 */
export function matchesPerLine(
  text: string,
  lines: readonly Span[],
  find: (s: string) => RegExpExecArray[],
): RegExpExecArray[][] {
  const out: RegExpExecArray[][] = lines.map(() => []);
  const redo = new Set<number>();
  let i = 0;
  for (const m of find(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (i < lines.length && lines[i]!.end <= start) i++;
    if (LINE_BREAK.test(m[0])) {
      for (let k = i; k < lines.length && lines[k]!.start < end; k++) redo.add(k);
      continue;
    }
    const line = lines[i];
    if (!line || start < line.start) continue; // in a line the caller dropped
    m.index = start - line.start;
    out[i]!.push(m);
  }
  for (const k of redo) out[k] = find(text.slice(lines[k]!.start, lines[k]!.end));
  return out;
}
