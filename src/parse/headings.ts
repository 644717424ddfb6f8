import { findDate, type DateMatch } from './dates.js';
import { findTime, type TimeMatch } from './times.js';

/** Offsets inside the heading line. */
export interface Range {
  start: number;
  end: number;
}

/** An event heading or index entry, with every part located inside its line. */
export interface Heading {
  /** "3" for "3°/…", "3/…", "3. …"; null for a bullet or a bare heading. */
  number: number | null;
  /** "°" forms are headings beyond doubt; "1." or "•" could also open a list item in a body. */
  strong: boolean;
  title: Range;
  date: DateMatch | null;
  time: TimeMatch | null;
  place: Range | null;
}

// "1°/", "1° /", "1°", "1/", "1.", "1)", "1 -" — then the title. "20.09.2021" must not read as "20." + title.
const NUMBERED = /^(\d{1,3})\s*(°\s*\/?|\/(?!\d)|\.(?!\d)|\)|\s[–—-](?=\s))\s*/u;
const BULLET = /^[•·▪►◦‣*]\s*/u;
const DASH = /[–—-]/u;

// Between the date and the place: "à 13H40 au Kremlin-Moscou", "à 21h40 – Région de Kursk",
// "16:50, Novo-Ogaryovo, région de Moscou". The connector goes; the place keeps its own article.
const LEAD_IN = /^[\s,;:–—-]*(?:(?:à|a)\s+(?=\d))?/u;
const PLACE_PREFIX = /^[\s,;:–—-]*(?:(?:au|aux|à\s+la|à\s+l[’']|à|en|dans\s+la|dans\s+le|dans\s+l[’']|dans|depuis)\s+)?/iu;
const TITLE_TAIL = /[\s,;:–—-]+$/u;
const MAX_TAIL = 120;

/** Reads "1°/Title – 10 mars 2025 à 13H40 au Kremlin-Moscou" (and its variants) or returns null. */
export function parseHeading(line: string, defaultYear?: number): Heading | null {
  const numbered = NUMBERED.exec(line);
  const bullet = numbered ? null : BULLET.exec(line);
  const bodyStart = (numbered ?? bullet)?.[0].length ?? 0;
  const strong = !!numbered && numbered[2]!.startsWith('°');
  const rest = line.slice(bodyStart);
  const date = findDate(rest, defaultYear);

  if (!date) {
    // "3°/Message de félicitations au président élu" — a ° heading needs no date.
    if (!strong || rest.length < 3 || rest.length > 300) return null;
    return { number: Number(numbered![1]), strong, title: { start: bodyStart, end: line.length }, date: null, time: null, place: null };
  }

  const titleText = rest.slice(0, date.start).replace(TITLE_TAIL, '');
  if (!/\p{L}.*\p{L}/u.test(titleText)) return null;
  // A bare "Title – 10 mars 2025" line needs its dash; "Le 14 avril 2025, le ministre a…" is prose.
  if (!numbered && !bullet && (!DASH.test(rest.slice(titleText.length, date.start)) || /[.!?]$/.test(titleText))) return null;

  const tail = rest.slice(date.end);
  if (tail.length > MAX_TAIL || /[.!?]\s+\p{Lu}/u.test(tail)) return null;
  const { time, place } = timeAndPlace(tail);
  const shift = (r: Range | null, by: number): Range | null => (r ? { start: r.start + by, end: r.end + by } : null);
  const at = bodyStart + date.end;
  return {
    number: numbered ? Number(numbered[1]) : null,
    strong,
    title: { start: bodyStart, end: bodyStart + titleText.length },
    date: { ...date, start: date.start + bodyStart, end: date.end + bodyStart },
    time: time ? { ...time, start: time.start + at, end: time.end + at } : null,
    place: shift(place, at),
  };
}

/** Splits what follows a date into a time and a place, both optional, in either order. */
export function timeAndPlace(tail: string): { time: TimeMatch | null; place: Range | null } {
  const lead = LEAD_IN.exec(tail)![0].length;
  const time = findTime(tail, 0);
  if (time && time.start <= lead) return { time, place: placeIn(tail, time.end, tail.length) };
  // "10 mars 2025, Novo-Ogaryovo, 16:50": the place sits before the time.
  const placeEnd = time ? tail.slice(0, time.start).replace(/(?:\s*(?:à|a))?[\s,;–—-]*$/u, '').length : tail.length;
  return { time, place: placeIn(tail, 0, placeEnd) };
}

function placeIn(tail: string, from: number, to: number): Range | null {
  const slice = tail.slice(from, to);
  const skip = PLACE_PREFIX.exec(slice)![0].length;
  const text = slice.slice(skip).replace(/[\s.,;:–—-]+$/u, '');
  if (!/\p{L}{2}/u.test(text)) return null;
  return { start: from + skip, end: from + skip + text.length };
}
