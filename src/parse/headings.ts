import { findDate, type DateMatch } from './dates.js';
import { findTime, type TimeMatch } from './times.js';
import { eventKind } from './event-kind.js';

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
  /** No number and no bullet: "Title – 10 mars 2025". */
  bare: boolean;
  title: Range;
  date: DateMatch | null;
  time: TimeMatch | null;
  place: Range | null;
}

// "1°/", "1° /", "1°", "1°)", "1°-", "1/", "1.", "1)", "(1)", "1:", "1 -", "1.-", "N°1", "• 1." — then the
// title, which keeps none of it. "20.09.2021" must not read as "20." + title, nor "10:30" as "10:" + title.
const NUMBERED =
  /^(?:[•·▪►◦‣*]\s*)?(?:N[°o]\s*)?\(?(\d{1,3})\s*(°\s*(?:[/).:–—-](?!\d)\s*)?|\/(?!\d)|\.(?!\d)|\)|:(?!\d)|[–—-](?=\s)|(?<=N[°o]\s*\d{1,3})(?=\s))(?:\s*[–—-](?=\s))?\s*/u;
const BULLET = /^[•·▪►◦‣*]\s*/u;
const DASH = /[–—-]/u;

// Between the date and the place: "à 13H40 au Kremlin-Moscou", "à 21h40 – Région de Kursk",
// "16:50, Novo-Ogaryovo, région de Moscou". The connector goes; the place keeps its own article.
const LEAD_IN = /^[\s,;:–—-]*(?:(?:à|a)\s+(?=\d))?/u;
const PLACE_PREFIX =
  /^[\s,;:–—-]*(?:(?:au|aux|à\s+la|à\s+l[’']|à|en|dans\s+la|dans\s+le|dans\s+l[’']|dans|depuis)\s+)?/iu;
const TITLE_TAIL = /[\s,;:–—-]+$/u;
const MAX_TAIL = 120;

// Before the date, at the end of the title: "Visite du 4 au 6 juillet 2023" (a range: the event starts on the 4th),
// "Rencontre – 13H40 – 10 mars 2025" (time first), "Visite – Région de Koursk – 12 mars 2025" (place first).
const RANGE_START = /(?:\s+du\s+(1er|[0-3]?\d)\s*(?:au|[–—-])|\s+(1er|[0-3]?\d)\s+(?:au|et))\s*$/iu;
const TIME_LAST = /[\s,–—-]+(?:à\s+)?([01]?\d|2[0-3])\s?(?:[hH]\s?([0-5]\d)?|:([0-5]\d))$/u;
const PLACE_WORDS =
  /kremlin|moscou|r[ée]gion|territoire|r[ée]publique|oblast|kra[iï]|district|okrug|ville|vid[ée]oconf[ée]rence|visioconf[ée]rence|saint-p[ée]tersbourg|sotchi|novo-ogaryovo|r[ée]sidence/iu;

// A bare title line may open with a dash as well: "— Réunion avec les membres du gouvernement".
const TITLE_BULLET = /^[•·▪►◦‣*–—-]\s*/u;

/** Length of the number or bullet before a title ("1°/", "• ", "— "), 0 when there is none. */
export function markerLength(line: string): number {
  return (NUMBERED.exec(line) ?? TITLE_BULLET.exec(line))?.[0].length ?? 0;
}

/** Reads "1°/Title – 10 mars 2025 à 13H40 au Kremlin-Moscou" (and its variants) or returns null. */
export function parseHeading(line: string, defaultYear?: number): Heading | null {
  const numbered = NUMBERED.exec(line);
  const bullet = numbered ? null : BULLET.exec(line);
  const from = (numbered ?? bullet)?.[0].length ?? 0;
  const marker = {
    number: numbered ? Number(numbered[1]) : null,
    strong: !!numbered && numbered[2]!.startsWith('°'),
    bare: !numbered && !bullet,
  };
  const rest = line.slice(from);
  const date = findDate(rest, defaultYear);

  if (!date) {
    // "3°/Message de félicitations au président élu" — a ° heading needs no date.
    // "1. Réunion avec le gouverneur du territoire du Primorié Oleg Kozhemyako" with the date on the
    // dateline below: a numbered line that names an event kind and reads as a title, not a sentence.
    const titled =
      marker.number !== null &&
      rest.length <= 200 &&
      !/[.!?:;]\s*$/u.test(rest) &&
      eventKind(rest) !== 'other';
    if ((!marker.strong && !titled) || rest.length < 3 || rest.length > 300) return null;
    return { ...marker, title: { start: from, end: line.length }, date: null, time: null, place: null };
  }

  let titleEnd = rest.slice(0, date.start).replace(TITLE_TAIL, '').length;
  const between = rest.slice(titleEnd, date.start);
  // A bare "Title – 10 mars 2025" line needs its dash; "Le 14 avril 2025, le ministre a…" is prose.
  if (marker.bare && (!DASH.test(between) || /[.!?]$/u.test(rest.slice(0, titleEnd)))) return null;
  const tail = rest.slice(date.end);
  if (tail.length > MAX_TAIL || /[.!?]\s+\p{Lu}/u.test(tail)) return null;

  let { time, place } = timeAndPlace(tail);
  const shift = <T extends Range>(r: T | null, by: number): T | null =>
    r ? { ...r, start: r.start + by, end: r.end + by } : null;
  time = shift(time, from + date.end);
  place = shift(place, from + date.end);
  let dateMatch: DateMatch = shift(date, from)!;

  const range = RANGE_START.exec(rest.slice(0, titleEnd));
  const day = range ? (range[1] ?? range[2]) : undefined;
  if (range && day !== undefined && Number(day.replace('er', '')) < Number(dateMatch.iso.slice(8))) {
    const first = Number(day.replace('er', ''));
    dateMatch = { ...dateMatch, iso: `${dateMatch.iso.slice(0, 8)}${String(first).padStart(2, '0')}` };
    titleEnd = range.index;
  }
  const timeFirst = time ? null : TIME_LAST.exec(rest.slice(0, titleEnd));
  if (timeFirst) {
    const start = from + timeFirst.index + timeFirst[0].indexOf(timeFirst[1]!);
    const hhmm = `${timeFirst[1]!.padStart(2, '0')}:${timeFirst[2] ?? timeFirst[3] ?? '00'}`;
    time = { hhmm, start, end: from + timeFirst.index + timeFirst[0].length };
    titleEnd = rest.slice(0, timeFirst.index).replace(TITLE_TAIL, '').length;
  }
  if (!place) {
    const before = placeBeforeDate(rest.slice(0, titleEnd));
    if (before) {
      place = shift(before.place, from);
      titleEnd = before.titleEnd;
    }
  }
  if (!/\p{L}.*\p{L}/u.test(rest.slice(0, titleEnd))) return null;
  return { ...marker, title: { start: from, end: from + titleEnd }, date: dateMatch, time, place };
}

/** "Visite – Région de Koursk" → the last dash segment, when it names a place. */
function placeBeforeDate(title: string): { place: Range; titleEnd: number } | null {
  const m = /\s[–—-]\s+([^–—]+)$/u.exec(title);
  if (!m || !PLACE_WORDS.test(m[1]!) || m[1]!.split(/\s+/u).length > 6) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  return {
    place: { start, end: title.length },
    titleEnd: title.slice(0, m.index).replace(TITLE_TAIL, '').length,
  };
}

/** Splits what follows a date into a time and a place, both optional, in either order. */
export function timeAndPlace(tail: string): { time: TimeMatch | null; place: Range | null } {
  const lead = LEAD_IN.exec(tail)![0].length;
  const time = findTime(tail, 0);
  if (time && time.start <= lead) return { time, place: placeIn(tail, time.end, tail.length) };
  // "10 mars 2025, Novo-Ogaryovo, 16:50": the place sits before the time.
  const placeEnd = time
    ? tail.slice(0, time.start).replace(/(?:\s*(?:à|a))?[\s,;–—-]*$/u, '').length
    : tail.length;
  return { time, place: placeIn(tail, 0, placeEnd) };
}

function placeIn(tail: string, from: number, to: number): Range | null {
  const slice = tail.slice(from, to);
  const skip = PLACE_PREFIX.exec(slice)![0].length;
  const text = slice.slice(skip).replace(/[\s.,;:–—-]+$/u, '');
  if (!/\p{L}{2}/u.test(text)) return null;
  return { start: from + skip, end: from + skip + text.length };
}

/** A heading that is only a title (a repeated index title or a page's title line): no number, date, time or place. */
export function bareHeading(lineText: string): Heading {
  return {
    number: null,
    strong: false,
    bare: true,
    title: { start: markerLength(lineText), end: lineText.length },
    date: null,
    time: null,
    place: null,
  };
}
