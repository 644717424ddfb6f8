import type { Entity, Extraction } from '../model/index.js';
import type { Occurrence } from './types.js';

/** A figure is one statement in one document: never merged across documents. */
export const DOCUMENT_SCOPED = new Set(['Figure']);

/** Merged across documents on equal ids only (the extractor's id is date + title: one event met in two files). */
export const ID_ONLY = new Set(['Event']);

/** Documents an entity of `extraction` comes from: its mentions' documents, else the extraction's. */
export function documentsOf(entity: Entity, extraction: Extraction): string[] {
  const fromMentions = [...new Set(entity.mentions.map((m) => m.document))];
  return (fromMentions.length ? fromMentions : extraction.documents.map((d) => d.id)).sort();
}

/**
 * Id of a document-scoped entity, unique across documents: "figure:12" in doc:000-3e79 → "figure:000-3e79-12".
 * Ids that already name their document are kept.
 */
export function scopedId(id: string, document: string): string {
  const slug = document.replace(/^doc:/, '');
  if (id.includes(slug)) return id;
  const colon = id.indexOf(':');
  return `${id.slice(0, colon + 1)}${slug}-${id.slice(colon + 1)}`;
}

/** The cross-document occurrences of one extraction (document-scoped types excluded). */
export function occurrencesOf(extraction: Extraction): Occurrence[] {
  return extraction.entities
    .filter((e) => !DOCUMENT_SCOPED.has(e.type) && e.type !== 'Document')
    .map((entity) => ({ entity, documents: documentsOf(entity, extraction), existing: false }));
}
