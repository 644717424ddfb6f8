// text → ParsedDocument: the title line, the index, one event per body heading with its date, time,
// place and URL, and each event's paragraphs (lead, dateline, place, body, speaker turns, bullets, URL).
// Entities, relations and names inside the paragraphs are left to extract/.
import { basename } from 'node:path';
import type { Diagnostic, ParsedDocument, ParsedEvent } from '../model/index.js';
import { buildEvent } from './build-event.js';
import { findDates } from './dates.js';
import { deriveTitle, findTitleAbove, findTitleLine } from './document-title.js';
import { documentId } from './document-id.js';
import { findHeadings } from './find-headings.js';
import { splitLines, type Line } from './lines.js';
import { parseSpeakerTurn, surnameOf } from './speaker-turns.js';

export { documentId, slugify } from './document-id.js';
export { readDocument, type ReadOptions, type ReadResult } from './read-document.js';
export { htmlText } from './html-text.js';
export { findDate, findDates } from './dates.js';
export { findTime } from './times.js';
export { eventKind } from './event-kind.js';

/** Where the text came from; `id` defaults to documentId(path), `sha256` to ''. */
export interface ParseSource {
  path: string;
  id?: string;
  sha256?: string;
}

/** Parses a compilation into events and paragraphs; pure and deterministic, never throws on text. */
export function parse(text: string, source: ParseSource): ParsedDocument {
  const lines = splitLines(text);
  const postTitle = findTitleLine(lines);
  const defaultYear = documentYear(lines);
  const plan = findHeadings(lines, defaultYear, postTitle?.line);
  const titleLine = postTitle ?? findTitleAbove(lines, (plan.index[0] ?? plan.events[0]?.heading)?.line);
  const known = speakerSurnames(lines);
  const diagnostics: Diagnostic[] = [...plan.diagnostics];

  const bodyStarts = plan.events.filter((e) => !e.bodiless).map((e) => e.heading.line);
  const events: ParsedEvent[] = plan.events.map(({ heading, entry, bodiless }, k) => {
    // An event runs to the next body heading; an index entry with no body is its own line.
    const next = bodiless ? heading.line : bodyStarts.find((l) => l.start > heading.line.start);
    const end = bodiless ? heading.line.end : next ? next.start : text.length;
    const body = bodiless ? [] : lines.slice(heading.line.n + 1, next ? next.n : lines.length);
    const built = buildEvent(
      text,
      { index: k + 1, heading, ...(entry && { entry }), lines: body, end },
      known,
      defaultYear,
    );
    diagnostics.push(...built.diagnostics);
    return built.event;
  });

  if (events.length === 0) {
    diagnostics.push({
      code: 'NO_EVENT',
      severity: 'error',
      message: 'no event heading or index entry was recognised',
    });
  }
  const id = source.id ?? documentId(source.path);
  const title =
    titleLine?.title ??
    deriveTitle(
      events.map((e) => ({ title: e.title.text, date: e.date })),
      basename(source.path),
    );
  return {
    id,
    path: source.path,
    sha256: source.sha256 ?? '',
    text,
    title,
    events,
    diagnostics: diagnostics.map((d) => ({ ...d, document: id })),
  };
}

/** The year of the first fully dated line: "1er mars" elsewhere in the file takes it. */
function documentYear(lines: readonly Line[]): number | undefined {
  for (const line of lines) {
    const withYear = findDates(line.text).find((d) => d.iso);
    if (withYear) return Number(withYear.iso.slice(0, 4));
  }
  return undefined;
}

/** Surnames of everyone who speaks under a full name, so that a later bare "Poutine :" reads as a turn. */
function speakerSurnames(lines: readonly Line[]): Set<string> {
  const out = new Set<string>();
  for (const line of lines) {
    const turn = parseSpeakerTurn(line.text);
    if (turn) out.add(surnameOf(line.text.slice(turn.name.start, turn.name.end)));
  }
  return out;
}
