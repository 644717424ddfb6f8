import type { Entity, ParsedDocument } from '../model/index.js';
import { slugify } from './normalize-name.js';

/** One Event entity per parsed event; the id is date + title, so the same event met in two files is one node. */
export function buildEvents(doc: ParsedDocument): Entity[] {
  const used = new Set<string>();
  return doc.events.map((e) => {
    let id = `event:${e.date ?? 'undated'}-${slugify(e.title.text).slice(0, 60)}`;
    for (let n = 2; used.has(id); n++)
      id = `event:${e.date ?? 'undated'}-${slugify(e.title.text).slice(0, 60)}-${n}`;
    used.add(id);
    return {
      id,
      type: 'Event',
      name: e.title.text,
      aliases: [],
      properties: {
        title: e.title.text,
        kind: e.kind,
        date: e.date,
        time: e.time,
        place: e.place?.text ?? null,
        url: e.url?.text ?? null,
      },
      mentions: [{ document: doc.id, start: e.heading.start, end: e.heading.end }],
    };
  });
}
