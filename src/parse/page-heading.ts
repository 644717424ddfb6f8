import { findDate } from './dates.js';
import { eventKind } from './event-kind.js';
import type { LocatedHeading } from './find-headings.js';
import { timeAndPlace } from './headings.js';
import type { Line } from './lines.js';
import { isDateline } from './paragraphs.js';

// Lines a saved page may show above its title (a breadcrumb, a section name) before giving up.
const TOP_LINES = 6;
// The date line sits right below the title, or below a one-paragraph lead as the compilations copy it.
const DATELINE_REACH = 2;
const MAX_TITLE = 200;

/**
 * One kremlin.ru page saved as text (or read from its HTML): the title alone on a line, "Rencontre avec le
 * président de la République du Tatarstan Rustam Minnikhanov", then the date line "1 avril 2025 à 15H10 au
 * Kremlin-Moscou", then the paragraphs. The title opens the event; buildEvent dates it from the date line.
 * Only asked when no heading of a compilation was found, so compilations read as before.
 */
export function pageHeading(lines: readonly Line[]): LocatedHeading | undefined {
  const filled = lines.filter((l) => l.text !== '');
  for (const [k, line] of filled.slice(0, TOP_LINES).entries()) {
    if (!isTitle(line.text)) continue;
    const dateline = filled.slice(k + 1, k + 1 + DATELINE_REACH).find((l) => isDateline(l.text));
    if (!dateline) continue;
    if (eventKind(line.text) === 'other' && !timedOrPlaced(dateline.text)) continue;
    return {
      line,
      heading: {
        number: null,
        strong: false,
        bare: true,
        title: { start: 0, end: line.text.length },
        date: null,
        time: null,
        place: null,
      },
    };
  }
  return undefined;
}

// A title, not a sentence nor a date line: "Le président a tenu une réunion." is prose.
function isTitle(text: string): boolean {
  return text.length <= MAX_TITLE && !/[.!?:;,]$/u.test(text) && !findDate(text) && /\p{L}{3}/u.test(text);
}

// A title of no known kind still opens the event when its date line gives a time or a place.
function timedOrPlaced(dateline: string): boolean {
  const date = findDate(dateline);
  if (!date) return false;
  const { time, place } = timeAndPlace(dateline.slice(date.end));
  return time !== null || place !== null;
}
