import type {
  EventKind,
  Paragraph,
  ParsedDocument,
  ParsedEvent,
  TextSpan,
} from '../../../src/model/index.js';
import type { Candidate } from '../../../src/extract/core/types.js';

/** A line of a test event: plain prose, a speaker turn, or a journalist's self-introduction inside a turn. */
export type DocLine =
  string | { title?: string; speaker: string; says: string; journalist?: { name: string; outlet?: string } };

export interface DocEvent {
  title: string;
  kind?: EventKind;
  lines: DocLine[];
}

/**
 * Builds a ParsedDocument from events written as lines, with every span computed from the text,
 * so extractor tests do not depend on the parser. Each event is "N°/Title" then its lines.
 */
export function peopleDoc(...events: DocEvent[]): ParsedDocument {
  let text = '';
  const parsed: ParsedEvent[] = [];
  const span = (start: number, s: string): TextSpan => ({ start, end: start + s.length, text: s });
  events.forEach((e, i) => {
    const start = text.length;
    const headingText = `${i + 1}°/${e.title}`;
    const heading = span(start, headingText);
    const title = span(start + headingText.length - e.title.length, e.title);
    text += headingText + '\n';
    const paragraphs: Paragraph[] = [];
    e.lines.forEach((line, k) => {
      const at = text.length;
      if (typeof line === 'string') {
        paragraphs.push({ ...span(at, line), kind: k === 0 ? 'lead' : 'body' });
        text += line + '\n';
        return;
      }
      const label = line.title ? `${line.title} ${line.speaker}` : line.speaker;
      const full = `${label}: ${line.says}`;
      const p: Paragraph = { ...span(at, full), kind: 'turn' };
      p.speaker = { name: span(at + label.length - line.speaker.length, line.speaker) };
      if (line.title) p.speaker.title = span(at, line.title);
      p.body = span(at + label.length + 2, line.says);
      if (line.journalist) {
        const bodyAt = at + label.length + 2;
        const n = line.says.indexOf(line.journalist.name);
        p.journalist = { name: span(bodyAt + n, line.journalist.name) };
        if (line.journalist.outlet) {
          const o = line.says.indexOf(line.journalist.outlet, n);
          p.journalist.outlet = span(bodyAt + o, line.journalist.outlet);
        }
      }
      paragraphs.push(p);
      text += full + '\n';
    });
    parsed.push({
      index: i + 1,
      start,
      end: text.length,
      title,
      kind: e.kind ?? 'meeting',
      date: '2025-03-10',
      time: null,
      place: null,
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

/** A candidate of another finder over the `nth` occurrence of `name` in the document (Region "Bélarus", Organization "Ria Novosti"). */
export function candidateAt(
  doc: ParsedDocument,
  type: Candidate['type'],
  name: string,
  nth = 0,
  kind?: string,
): Candidate {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.text.indexOf(name, at + 1);
    if (at < 0) throw new Error(`"${name}" occurs fewer than ${nth + 1} times`);
  }
  const event = doc.events.find((e) => at >= e.start && at < e.end)?.index ?? 0;
  return {
    type,
    name,
    span: { start: at, end: at + name.length },
    event,
    ...(kind && { properties: { kind } }),
  };
}
