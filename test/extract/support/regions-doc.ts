import type { Paragraph, ParsedDocument, ParsedEvent, TextSpan } from '../../../src/model/index.js';

export interface RegionsTestEvent {
  /** Heading/title line, e.g. "Rencontre avec le gouverneur de la région de Belgorod Viatcheslav Gladkov". */
  title: string;
  /** Place as the dateline states it, e.g. "Kremlin-Moscou"; the dateline becomes "10 mars 2025 à 13H40 au {place}". */
  place?: string;
  /** Body paragraphs, one per line; "Name, Outlet." lines become journalist introductions when `outlet` is set. */
  body: string[];
  /** A journalist's outlet as the parser would mark it inside one body line: [line index, outlet text]. */
  outlet?: [number, string];
}

const span = (text: string, start: number, part: string): TextSpan => ({
  start,
  end: start + part.length,
  text: part,
});

/** A ParsedDocument laid out as the parser does: heading, place line, body paragraphs, URL. */
export function regionsDoc(events: RegionsTestEvent[]): ParsedDocument {
  let text = '';
  const parsed: ParsedEvent[] = [];
  events.forEach((e, i) => {
    const start = text.length;
    const headingLine = `${i + 1}°/${e.title}`;
    const titleStart = start + 3 + String(i + 1).length - 1;
    text += `${headingLine}\n`;
    const paragraphs: Paragraph[] = [];
    let place: TextSpan | null = null;
    if (e.place) {
      const line = `10 mars 2025 à 13H40 au ${e.place}`;
      const lineStart = text.length;
      text += `${line}\n`;
      place = span(text, lineStart + line.length - e.place.length, e.place);
      paragraphs.push({ ...span(text, lineStart, line), kind: 'place' });
    }
    e.body.forEach((line, j) => {
      const lineStart = text.length;
      text += `${line}\n`;
      const p: Paragraph = { ...span(text, lineStart, line), kind: 'body' };
      if (e.outlet && e.outlet[0] === j) {
        const at = line.indexOf(e.outlet[1]);
        p.journalist = {
          name: span(text, lineStart, line.split(',')[0]!),
          outlet: span(text, lineStart + at, e.outlet[1]),
        };
      }
      paragraphs.push(p);
    });
    text += '\n';
    parsed.push({
      index: i + 1,
      start,
      end: text.length,
      title: span(text, titleStart, e.title),
      kind: 'meeting',
      date: '2025-03-10',
      time: '13:40',
      place,
      url: null,
      heading: span(text, start, headingLine),
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
