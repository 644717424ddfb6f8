import type { Evidence } from '../model/index.js';

/** Relationship properties as stored by the loader: provenance lists plus anything else (title, role…). */
export type StoredProperties = Record<string, unknown>;

const PROVENANCE = new Set([
  'documents',
  'evidenceDocuments',
  'evidenceStarts',
  'evidenceEnds',
  'evidenceTexts',
]);

const toNumber = (v: unknown): number =>
  typeof v === 'number'
    ? v
    : typeof v === 'bigint'
      ? Number(v)
      : Number((v as { toNumber?: () => number })?.toNumber?.() ?? v);

/** Zips the parallel evidence lists of a relationship back into evidence records. */
export function evidenceFrom(props: StoredProperties): Required<Evidence>[] {
  const docs = (props.evidenceDocuments as unknown[] | undefined) ?? [];
  const starts = (props.evidenceStarts as unknown[] | undefined) ?? [];
  const ends = (props.evidenceEnds as unknown[] | undefined) ?? [];
  const texts = (props.evidenceTexts as unknown[] | undefined) ?? [];
  return docs.map((d, i) => ({
    document: String(d),
    start: toNumber(starts[i]),
    end: toNumber(ends[i]),
    text: String(texts[i] ?? ''),
  }));
}

/** The non-provenance properties (title, role…) as a JSON string, or null when there are none. */
export function extraProperties(props: StoredProperties): string | null {
  const rest = Object.fromEntries(
    Object.entries(props)
      .filter(([k]) => !PROVENANCE.has(k))
      .map(([k, v]) => [
        k,
        typeof v === 'bigint' ? Number(v) : ((v as { toNumber?: () => number })?.toNumber?.() ?? v),
      ]),
  );
  return Object.keys(rest).length ? JSON.stringify(rest) : null;
}
