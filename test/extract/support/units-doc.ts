import type { Paragraph, ParsedDocument, ParsedEvent } from '../../../src/model/index.js';
import type { Candidate } from '../../../src/extract/core/types.js';

/**
 * A small ParsedDocument for extractor tests: events are separated by lines starting with `### `
 * (the heading), every other non-empty line is one body paragraph. The parser is not involved.
 */
export function unitsDoc(text: string, place?: string): ParsedDocument {
  const events: ParsedEvent[] = [];
  let offset = 0;
  let current: ParsedEvent | undefined;
  for (const line of text.split('\n')) {
    const start = offset;
    const end = start + line.length;
    offset = end + 1;
    if (line.startsWith('### ')) {
      if (current) current.end = start;
      const heading = { start, end, text: line };
      const at = place ? line.lastIndexOf(place) : -1;
      current = {
        index: events.length + 1,
        start,
        end: text.length,
        title: heading,
        kind: 'meeting',
        date: null,
        time: null,
        place: at >= 0 ? { start: start + at, end: start + at + place!.length, text: place! } : null,
        url: null,
        heading,
        paragraphs: [],
      };
      events.push(current);
      continue;
    }
    if (!line.trim() || !current) continue;
    const p: Paragraph = { start, end, text: line, kind: 'body' };
    current.paragraphs.push(p);
  }
  return { id: 'doc:test', path: 'test.txt', sha256: '', text, title: 'test', events, diagnostics: [] };
}

/** A hand-made candidate for the `nth` occurrence of `surface` in the document (what another finder would give). */
export function mention(
  doc: ParsedDocument,
  type: Candidate['type'],
  surface: string,
  properties: Candidate['properties'] = {},
  nth = 0,
): Candidate {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = doc.text.indexOf(surface, start + 1);
  if (start < 0) throw new Error(`"${surface}" not in the test text`);
  const event = doc.events.find((e) => start >= e.start && start < e.end)?.index ?? 0;
  return { type, name: surface, span: { start, end: start + surface.length }, event, properties };
}
