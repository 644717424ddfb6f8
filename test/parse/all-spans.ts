import type { ParsedDocument, TextSpan } from '../../src/model/index.js';

/** Every TextSpan in the document, wherever it sits. */
export function allSpans(d: ParsedDocument): TextSpan[] {
  const out: TextSpan[] = [];
  for (const e of d.events) {
    out.push(e.title, e.heading, ...(e.place ? [e.place] : []), ...(e.url ? [e.url] : []));
    for (const p of e.paragraphs) {
      out.push(p);
      if (p.speaker) out.push(p.speaker.name, ...(p.speaker.title ? [p.speaker.title] : []));
      if (p.body) out.push(p.body);
      if (p.journalist) out.push(p.journalist.name, ...(p.journalist.outlet ? [p.journalist.outlet] : []));
    }
  }
  return out;
}
