import type { Diagnostic } from '../model/index.js';
import { eventKind } from './event-kind.js';
import { bareHeading, parseHeading, type Heading } from './headings.js';
import type { Line } from './lines.js';
import { pageHeadings } from './page-heading.js';

/** A heading located in the text: its line and what the line says. */
export interface LocatedHeading {
  line: Line;
  heading: Heading;
}

/** One event to build: its body heading, and its index entry when the document has an index. */
export interface PlannedEvent {
  heading: LocatedHeading;
  entry?: LocatedHeading;
  /** An index entry whose body was not found: `heading` is the entry itself, and the event has no body. */
  bodiless?: boolean;
}

/** The event headings of the body, each with its index entry when the document has an index. */
export interface HeadingPlan {
  index: LocatedHeading[];
  events: PlannedEvent[];
  diagnostics: Diagnostic[];
}

const words = (s: string): string[] =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter((w) => w.length > 2);

function titleOf(h: LocatedHeading): string {
  return h.line.text.slice(h.heading.title.start, h.heading.title.end);
}

/** Share of the shorter title's words found in the other: the index and the body may differ by a typo or two. */
function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = new Set(words(b));
  if (wa.length === 0 || wb.size === 0) return 0;
  const shared = wa.filter((w) => wb.has(w)).length;
  return shared / Math.min(wa.length, wb.size);
}

/**
 * An index entry and a body heading name one event: same number and date when both have them, and
 * titles that agree. Without numbers the bar is higher: two meetings with two governors on one page
 * ("Rencontre avec le gouverneur de la région de Tver …", "… de la région de Koursk …") are two events.
 */
function sameEvent(entry: LocatedHeading, h: LocatedHeading): boolean {
  const [a, b] = [entry.heading, h.heading];
  if (a.number !== null && b.number !== null && a.number !== b.number) return false;
  if (a.date && b.date && a.date.iso !== b.date.iso) return false;
  const numbered = a.number !== null && b.number !== null;
  return similarity(titleOf(entry), titleOf(h)) >= (numbered ? 0.6 : 0.85);
}

/**
 * Finds the index (the run of headings at the top, each repeated further down) and the body headings.
 * With no index, every dated heading (or "N°/" heading) opens an event; with none of those either, a
 * single page's title line above its date line does.
 */
export function findHeadings(lines: readonly Line[], defaultYear?: number, skip?: Line): HeadingPlan {
  const found: LocatedHeading[] = [];
  for (const line of lines) {
    if (line.text === '' || line === skip) continue;
    const heading = parseHeading(line.text, defaultYear);
    if (heading) found.push({ line, heading });
  }
  const index = leadingIndex(lines, found);
  const body = found.slice(index.length);
  const afterIndex = index.at(-1)?.line.n ?? 0;
  const diagnostics: Diagnostic[] = [];
  if (index.length === 0) {
    const events = body.filter(opensEvent).map((heading) => ({ heading }));
    // No compilation heading at all: perhaps kremlin.ru pages, each title above its date line.
    const pages = events.length === 0 ? pageHeadings(lines.filter((l) => l !== skip)) : [];
    return { index, events: pages.length ? pages.map((heading) => ({ heading })) : events, diagnostics };
  }

  // Every index entry is an event: the index is the document's own list of what it reports. An entry whose
  // body heading is not found keeps the index's title, date, time and place, with no paragraphs nor URL.
  const events: (PlannedEvent & { key: number })[] = [];
  const used = new Set<LocatedHeading>();
  let key = -1;
  for (const entry of index) {
    const heading =
      body.find((h) => !used.has(h) && sameEvent(entry, h)) ?? bareTitleLine(lines, entry, body, afterIndex);
    if (heading) {
      used.add(heading);
      key = heading.line.start;
      events.push({ heading, entry, key });
      continue;
    }
    diagnostics.push({
      code: 'INDEX_ENTRY_WITHOUT_BODY',
      severity: 'warning',
      message: `index entry "${titleOf(entry)}" has no heading in the body: kept with the index's date and place`,
      span: { start: entry.line.start, end: entry.line.end },
    });
    // Placed after the event of the entry before it, so events keep the index's order.
    events.push({ heading: entry, entry, bodiless: true, key: key + 0.5 });
  }
  // A body heading the index forgot: kept when it is beyond doubt a heading ("6°/…"). When the index's
  // "6°/" entry found no body (its title spelt too differently), the two are one event.
  for (const h of body) {
    if (used.has(h) || !h.heading.strong) continue;
    const twin = events.find(
      (e) => e.bodiless && h.heading.number !== null && e.entry!.heading.number === h.heading.number,
    );
    if (twin) Object.assign(twin, { heading: h, bodiless: false, key: h.line.start });
    else events.push({ heading: h, key: h.line.start });
  }
  events.sort((a, b) => a.key - b.key);
  return { index, events: events.map(({ key: _key, ...e }) => e), diagnostics };
  return { index, events, diagnostics };
}

/**
 * Without an index, a heading that is neither "N°/" nor timed nor placed must name an event kind:
 * "Conversation téléphonique avec … – 15 avril 2025" opens an event, "Bilan de l’année – 31 décembre 2024" does not.
 */
function opensEvent({ heading, line }: LocatedHeading): boolean {
  if (heading.strong || heading.time || heading.place) return true;
  return eventKind(line.text.slice(heading.title.start, heading.title.end)) !== 'other';
}

/** The index: headings at the top of the text, before any prose line, each matched by a later heading. */
function leadingIndex(lines: readonly Line[], found: LocatedHeading[]): LocatedHeading[] {
  const first = found[0];
  if (!first) return [];
  const run: LocatedHeading[] = [];
  let k = 0;
  for (const line of lines) {
    if (line.text === '') continue;
    const h = found[k];
    if (h?.line === line) {
      // The first body heading may follow the index with only a blank line between: it repeats an entry.
      if (run.some((e) => sameEvent(e, h))) break;
      run.push(h);
      k++;
      continue;
    }
    if (run.length > 0 || line.n > first.line.n) break;
  }
  const later = found.slice(run.length);
  // The first body heading follows the index; with no index the run is a lone heading that nothing repeats.
  // "• Rencontre avec …" repeated in the body as a bare title, its date on the line below, repeats it too.
  const after = run.at(-1)?.line.n ?? 0;
  const repeated = run.filter(
    (e) => later.some((h) => sameEvent(e, h)) || bareTitleLine(lines, e, later, after) !== undefined,
  );
  if (repeated.length === 0) return [];
  return run;
}

/**
 * "Rencontre avec …" alone on a line, when the body repeats an index title without number or date.
 * Searched below the index (`after`, the last entry's line), so that one entry never reads as another's body.
 */
function bareTitleLine(
  lines: readonly Line[],
  entry: LocatedHeading,
  body: LocatedHeading[],
  after: number,
): LocatedHeading | undefined {
  const title = titleOf(entry);
  const key = words(title).join(' ');
  if (key.length < 8) return undefined;
  for (const line of lines.slice(Math.max(after, entry.line.n) + 1)) {
    if (body.some((h) => h.line === line)) continue;
    if (words(line.text).join(' ').startsWith(key)) {
      return { line, heading: bareHeading(line.text) };
    }
  }
  return undefined;
}
