import type { Diagnostic, ParsedEvent, TextSpan } from '../model/index.js';
import { findDate } from './dates.js';
import { eventKind } from './event-kind.js';
import type { LocatedHeading } from './find-headings.js';
import { timeAndPlace, type Range } from './headings.js';
import type { Line } from './lines.js';
import { buildParagraphs } from './paragraphs.js';
import { textSpan } from './text-span.js';

export interface EventInput {
  index: number;
  heading: LocatedHeading;
  entry?: LocatedHeading;
  /** The body lines, heading excluded. */
  lines: readonly Line[];
  end: number;
}

// "http://static.kremlin.ru/media/events/photos/big/abc.jpeg", "…/events/president/news/71612/photos/2": a
// photo, video or file link is no source page.
const MEDIA_URL =
  /\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|mp4|mov|webm|mp3|pdf|zip)(?:[?#]\S*)?$|\/(?:photos?|videos?|media|images?|img|galleries|gallery|static)(?:\/|$)|\/\/static\./iu;

/** One ParsedEvent: fields from the body heading, else its index entry, else the dateline. */
export function buildEvent(
  text: string,
  input: EventInput,
  knownSurnames: ReadonlySet<string>,
  defaultYear?: number,
): { event: ParsedEvent; diagnostics: Diagnostic[] } {
  const { heading, entry } = input;
  const inLine = (h: LocatedHeading | undefined, r: Range | null | undefined): TextSpan | null =>
    h && r ? textSpan(text, h.line.start + r.start, h.line.start + r.end) : null;
  const paragraphs = buildParagraphs(text, input.lines, knownSurnames);

  let date = heading.heading.date?.iso ?? entry?.heading.date?.iso ?? null;
  let time = heading.heading.time?.hhmm ?? entry?.heading.time?.hhmm ?? null;
  let place = inLine(heading, heading.heading.place) ?? inLine(entry, entry?.heading.place);

  // The repeated "10 mars 2025 à 13H40 au Kremlin-Moscou" line fills what the heading lacks.
  const dateline = paragraphs.find((p) => p.kind === 'dateline');
  if (dateline && (!date || !time || !place)) {
    const d = findDate(dateline.text, defaultYear);
    if (d) {
      const rest = timeAndPlace(dateline.text.slice(d.end));
      date ??= d.iso;
      time ??= rest.time?.hhmm ?? null;
      if (!place && rest.place)
        place = textSpan(
          text,
          dateline.start + d.end + rest.place.start,
          dateline.start + d.end + rest.place.end,
        );
    }
  }

  const urls = paragraphs.filter((p) => p.kind === 'url' && !MEDIA_URL.test(p.text));
  const url = urls.findLast((p) => /kremlin\.ru/iu.test(p.text)) ?? urls.at(-1) ?? null;
  const title = inLine(heading, heading.heading.title)!;
  const event: ParsedEvent = {
    index: input.index,
    start: heading.line.start,
    end: input.end,
    title,
    kind: eventKind(title.text),
    date,
    time,
    place,
    url: url ? urlSpan(text, url) : null,
    heading: textSpan(text, heading.line.start, heading.line.end),
    paragraphs,
  };
  return { event, diagnostics: eventDiagnostics(event) };
}

/** The address alone: "Source : http://…/76428" → "http://…/76428". */
function urlSpan(text: string, line: Range): TextSpan {
  const m = /(?:https?:\/\/|www\.)[^\s<>()]+/iu.exec(text.slice(line.start, line.end));
  return m
    ? textSpan(text, line.start + m.index, line.start + m.index + m[0].length)
    : textSpan(text, line.start, line.end);
}

function eventDiagnostics(e: ParsedEvent): Diagnostic[] {
  const span = { start: e.heading.start, end: e.heading.end };
  const out: Diagnostic[] = [];
  if (!e.date)
    out.push({
      code: 'EVENT_WITHOUT_DATE',
      severity: 'warning',
      message: `event ${e.index} "${e.title.text}" has no date`,
      span,
    });
  if (!e.url)
    out.push({
      code: 'EVENT_WITHOUT_URL',
      severity: 'warning',
      message: `event ${e.index} "${e.title.text}" has no source URL`,
      span,
    });
  return out;
}
