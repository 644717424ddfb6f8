import type {
  EntityType,
  Paragraph,
  ParsedDocument,
  ParsedEvent,
  TextSpan,
} from '../../../src/model/index.js';
import type { Candidate } from '../../../src/extract/core/types.js';

/** A paragraph of a test event: plain narrative, or a speaker turn `Name: text`. */
export type TestParagraph = string | { speaker: string; text: string };

export interface TestEvent {
  title: string;
  place?: string;
  paragraphs: TestParagraph[];
}

const span = (text: string, start: number, end: number): TextSpan => ({
  start,
  end,
  text: text.slice(start, end),
});

/**
 * Builds a ParsedDocument the way the parser lays one out (heading, dateline, paragraphs, turns),
 * so figure rules can be tested on real sentences without depending on the parser.
 */
export function figuresDoc(events: TestEvent[]): ParsedDocument {
  let text = '';
  const parsed: ParsedEvent[] = [];
  events.forEach((ev, k) => {
    const start = text.length;
    const headingText = `${k + 1}°/${ev.title} – 10 mars 2025 à 13H40${ev.place ? ` – ${ev.place}` : ''}`;
    text += `${headingText}\n`;
    const heading = span(text, start, start + headingText.length);
    const title = span(text, start + 3, start + 3 + ev.title.length);
    const placeStart = ev.place ? start + headingText.length - ev.place.length : -1;
    const paragraphs: Paragraph[] = [];
    for (const p of ev.paragraphs) {
      const pStart = text.length;
      if (typeof p === 'string') {
        text += `${p}\n`;
        paragraphs.push({ ...span(text, pStart, pStart + p.length), kind: 'body' });
      } else {
        const line = `${p.speaker}: ${p.text}`;
        text += `${line}\n`;
        const bodyStart = pStart + p.speaker.length + 2;
        paragraphs.push({
          ...span(text, pStart, pStart + line.length),
          kind: 'turn',
          speaker: { name: span(text, pStart, pStart + p.speaker.length) },
          body: span(text, bodyStart, pStart + line.length),
        });
      }
    }
    text += '\n';
    parsed.push({
      start,
      end: text.length,
      index: k + 1,
      title,
      kind: /^rencontre|^réunion/iu.test(ev.title) ? 'meeting' : 'talks',
      date: '2025-03-10',
      time: '13:40',
      place: ev.place ? span(text, placeStart, placeStart + ev.place.length) : null,
      url: null,
      heading,
      paragraphs,
    });
  });
  return {
    id: 'doc:test',
    path: 'test.txt',
    sha256: '',
    text,
    title: 'test',
    events: parsed,
    diagnostics: [],
  };
}

/** Stand-in for the other finders: every occurrence of each name becomes a candidate of that type. */
export function candidatesFor(
  doc: ParsedDocument,
  entities: { type: EntityType; name: string; kind?: string; canonical?: string }[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const e of entities) {
    for (let at = doc.text.indexOf(e.name); at >= 0; at = doc.text.indexOf(e.name, at + e.name.length)) {
      const ev = doc.events.find((x) => at >= x.start && at < x.end);
      out.push({
        type: e.type,
        name: e.name,
        span: { start: at, end: at + e.name.length },
        event: ev?.index ?? 0,
        ...(e.canonical ? { canonical: e.canonical } : {}),
        ...(e.kind ? { properties: { kind: e.kind } } : {}),
      });
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
