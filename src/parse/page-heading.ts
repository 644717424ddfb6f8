import { findDate } from './dates.js';
import { eventKind } from './event-kind.js';
import type { LocatedHeading } from './find-headings.js';
import { bareHeading, markerLength, timeAndPlace } from './headings.js';
import type { Line } from './lines.js';
import { isDateline } from './paragraphs.js';

// Lines a saved page may show above its title (a breadcrumb, a section name) before giving up.
const TOP_LINES = 6;
// The date line sits right below the title, or below a one-paragraph lead as the compilations copy it.
const DATELINE_REACH = 2;
const MAX_TITLE = 200;
// What closes an event in a compilation: its source URL, or a separator line ("%%%%", "****", "____").
const EVENT_END = /^(?:(?:source|lien|url|link)\s*:\s*)?[<(]?(?:https?:\/\/|www\.)\S+$|^([%*=_#~-])\1{3,}$/iu;

/**
 * Kremlin.ru pages saved as text (or read from HTML), one or several: the title alone on a line,
 * "Rencontre avec le président de la République du Tatarstan Rustam Minnikhanov", then the date line
 * "1 avril 2025 à 15H10 au Kremlin-Moscou", then the paragraphs. The first title sits near the top; each
 * later one follows the end of the previous event (its URL or a separator), or opens with a dash
 * ("— Conversation téléphonique avec …"). The title opens the event; buildEvent dates it from the date line.
 * Only asked when no heading of a compilation was found, so compilations read as before.
 */
export function pageHeadings(lines: readonly Line[]): LocatedHeading[] {
  const filled = lines.filter((l) => l.text !== '');
  const out: LocatedHeading[] = [];
  for (const [k, line] of filled.entries()) {
    const first = out.length === 0;
    if (first && k >= TOP_LINES) break;
    if (!first && !(markerLength(line.text) > 0 || EVENT_END.test(filled[k - 1]?.text ?? ''))) continue;
    const heading = pageHeadingAt(line, filled.slice(k + 1, k + 1 + DATELINE_REACH));
    if (heading) out.push(heading);
  }
  return out;
}

/** The first page heading, if any (a single saved page). */
export const pageHeading = (lines: readonly Line[]): LocatedHeading | undefined => pageHeadings(lines)[0];

function pageHeadingAt(line: Line, below: readonly Line[]): LocatedHeading | undefined {
  const start = markerLength(line.text);
  const title = line.text.slice(start);
  if (!isTitle(title)) return undefined;
  const dateline = below.find((l) => isDateline(l.text));
  if (!dateline) return undefined;
  if (eventKind(title) === 'other' && !timedOrPlaced(dateline.text)) return undefined;
  return { line, heading: bareHeading(line.text) };
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
