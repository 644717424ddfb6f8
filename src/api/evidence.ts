import type { Read } from './queries/read.js';
import type { Evidence, EventRef } from './queries/types.js';

/** Relationship properties as stored by the loader: provenance lists plus anything else (title, role…). */
export type StoredProperties = Record<string, unknown>;

/** Evidence as stored on the relationship, before its event is looked up. */
export type StoredEvidence = Omit<Evidence, 'event' | 'url'>;

const PROVENANCE = new Set([
  'documents',
  'evidenceDocuments',
  'evidenceStarts',
  'evidenceEnds',
  'evidenceTexts',
  'confidence',
  'confidences',
  'confidenceDocuments',
]);

/** Zips the parallel evidence lists of a relationship (the first `max`) back into evidence records. */
export function evidenceFrom(props: StoredProperties, max = Infinity): StoredEvidence[] {
  const docs = (props.evidenceDocuments as unknown[] | undefined) ?? [];
  const starts = (props.evidenceStarts as unknown[] | undefined) ?? [];
  const ends = (props.evidenceEnds as unknown[] | undefined) ?? [];
  const texts = (props.evidenceTexts as unknown[] | undefined) ?? [];
  return docs.slice(0, max).map((d, i) => ({
    document: String(d),
    start: Number(starts[i]),
    end: Number(ends[i]),
    text: String(texts[i] ?? ''),
  }));
}

export const evidenceCount = (props: StoredProperties): number =>
  ((props.evidenceDocuments as unknown[] | undefined) ?? []).length;

/** The non-provenance properties (title, role…) as an object, or null when there are none. */
export function extraProperties(props: StoredProperties): Record<string, unknown> | null {
  const rest = Object.fromEntries(Object.entries(props).filter(([k]) => !PROVENANCE.has(k)));
  return Object.keys(rest).length ? rest : null;
}

interface Heading extends EventRef {
  at: number;
  url: string | null;
}

/** The heading at or before `start`: a document's events follow each other, each from its heading on. */
export function headingFor(headings: readonly Heading[], start: number): Heading | undefined {
  let found: Heading | undefined;
  for (const h of headings) if (h.at <= start) found = h;
  return found;
}

// DESCRIBES keeps the span of the event's heading in each document that describes it (one event can be
// in two files at different offsets). A sentence above the first heading (the list of contents at the
// top of a daily file) belongs to no single event.
const HEADINGS = `UNWIND $docs AS doc MATCH (:Document {id: doc})-[x:DESCRIBES]->(e:Event)
RETURN doc, coalesce(x.evidenceStarts[0], 0) AS at, e.id AS id, e.date AS date,
       coalesce(e.title, e.name) AS title, e.url AS url ORDER BY doc, at`;

/** Adds to each evidence record its event ({ id, date, title }) and URL, in one query for all of them. */
export async function withEvents(read: Read, groups: StoredEvidence[][]): Promise<Evidence[][]> {
  const docs = [...new Set(groups.flat().map((e) => e.document))];
  const byDoc = new Map<string, Heading[]>();
  if (docs.length)
    for (const r of await read(HEADINGS, { docs })) {
      const list = byDoc.get(r.doc as string) ?? [];
      list.push({
        at: r.at as number,
        id: r.id as string,
        date: (r.date as string | null) ?? null,
        title: (r.title as string | null) ?? null,
        url: (r.url as string | null) ?? null,
      });
      byDoc.set(r.doc as string, list);
    }
  return groups.map((group) =>
    group.map((e) => {
      const h = headingFor(byDoc.get(e.document) ?? [], e.start);
      return { ...e, event: h ? { id: h.id, date: h.date, title: h.title } : null, url: h?.url ?? null };
    }),
  );
}
