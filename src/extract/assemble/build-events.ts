import { createHash } from 'node:crypto';
import type { Entity, ParsedDocument } from '../../model/index.js';
import { slugify } from '../core/normalize-name.js';

const MAX_SLUG = 60;

// Two governors met on one day share the first 60 characters of their titles ("Rencontre avec le
// gouverneur de la région de …"): a cut slug carries a short hash of the whole title so ids stay unique.
function titleSlug(title: string): string {
  const slug = slugify(title);
  if (slug.length <= MAX_SLUG) return slug;
  const hash = createHash('sha256').update(slug).digest('hex').slice(0, 8);
  return `${slug.slice(0, MAX_SLUG).replace(/-+$/, '')}-${hash}`;
}

/** One Event entity per parsed event; the id is date + title, so the same event met in two files is one node. */
export function buildEvents(doc: ParsedDocument): Entity[] {
  const used = new Set<string>();
  return doc.events.map((e) => {
    const base = `event:${e.date ?? 'undated'}-${titleSlug(e.title.text)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
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
