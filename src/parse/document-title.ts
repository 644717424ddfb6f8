import { FRENCH_MONTHS } from '../model/index.js';
import type { Line } from './lines.js';

/** The title line and the title it gives: "0845 – Russie/Kremlin – V. Poutine du 4 au 10 juillet 23" → "Russie/Kremlin – …". */
export interface TitleLine {
  line: Line;
  title: string;
}

// A post number, a dash, then the title: the first line of the weekly posts.
const POST_TITLE = /^(\d{2,6})\s*[–—-]\s+(?=\S)/u;

/** The post-number title line, when the first non-blank line is one. */
export function findTitleLine(lines: readonly Line[]): TitleLine | null {
  const first = lines.find((l) => l.text !== '');
  if (!first) return null;
  const m = POST_TITLE.exec(first.text);
  if (!m || first.text.length > 250) return null;
  return { line: first, title: first.text.slice(m[0].length) };
}

/**
 * A first line that is no heading but sits right above the first one ("Russie/Kremlin – V. Poutine du 4 au
 * 10 juillet 23" without a post number) also titles the document.
 */
export function findTitleAbove(lines: readonly Line[], firstHeading: Line | undefined): TitleLine | null {
  if (!firstHeading) return null;
  const [first, second] = lines.filter((l) => l.text !== '');
  if (!first || second !== firstHeading || first.text.length > 200 || /[.!?:;,]$/u.test(first.text))
    return null;
  return { line: first, title: first.text };
}

const frenchDate = (iso: string): string => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d === 1 ? '1er' : d} ${FRENCH_MONTHS[m - 1]} ${y}`;
};

/**
 * A title when the file has no title line: the single event's title, or the span of dates the
 * index covers ("Kremlin : 5 événements du 10 mars 2025 au 13 mars 2025"), else the file name.
 */
export function deriveTitle(
  events: readonly { title: string; date: string | null }[],
  fileName: string,
): string {
  if (events.length === 1) return events[0]!.title;
  const dates = events
    .map((e) => e.date)
    .filter((d): d is string => d !== null)
    .sort();
  if (events.length > 1 && dates.length > 0) {
    const from = frenchDate(dates[0]!);
    const to = frenchDate(dates.at(-1)!);
    return from === to
      ? `Kremlin : ${events.length} événements du ${from}`
      : `Kremlin : ${events.length} événements du ${from} au ${to}`;
  }
  return fileName;
}
