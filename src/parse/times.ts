import { matchAll } from './match-all.js';

/** A clock time found in a line: HH:MM plus the [start, end) it covers in that line. */
export interface TimeMatch {
  hhmm: string;
  start: number;
  end: number;
}

// "13H40", "19h00", "16:50", "15 h 20", "9h" — with an optional "à " before it.
// The look-behind keeps "2 000 km" or "24h/24" prose from reading as a time only when a digit runs in.
const TIME = /(?<![\d.,:])([01]?\d|2[0-3])\s?(?:[hH]\s?([0-5]\d)?|:([0-5]\d))(?![\d\p{L}])/gu;

/** The first clock time in `line` at or after `from`; "9h" reads as 09:00. */
export function findTime(line: string, from = 0): TimeMatch | null {
  for (const m of matchAll(line, TIME)) {
    if (m.index < from) continue;
    const minutes = m[2] ?? m[3] ?? '00';
    const hhmm = `${m[1]!.padStart(2, '0')}:${minutes}`;
    return { hhmm, start: m.index, end: m.index + m[0].length };
  }
  return null;
}
