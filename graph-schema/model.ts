import { RELATION_ENDPOINTS, type EntityType } from '../src/model/index.js';

/**
 * The graph model as code: node labels and relationship types exactly as
 * shared/spec/EXTRACTION.md names them, with the properties the loader writes.
 */

/** Extra label on every node that is neither a Document nor an Event: one full-text index, one id lookup. */
export const ENTITY_LABEL = 'Entity';

/** Labels that carry `:Entity` (everything resolution merges across documents, plus Figure). */
export const ENTITY_LABELS = [
  'Person',
  'Region',
  'Organization',
  'MilitaryUnit',
  'Agreement',
  'Figure',
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const isEntityLabel = (t: EntityType): t is EntityLabel =>
  (ENTITY_LABELS as readonly string[]).includes(t);

/** Properties every node of the label carries (besides label-specific ones from extraction). */
export const NODE_PROPERTIES: Record<EntityType, readonly string[]> = {
  Document: ['id', 'path', 'sha256', 'title', 'format', 'text', 'entityIds'],
  Event: ['id', 'name', 'title', 'kind', 'date', 'time', 'place', 'url', 'document'],
  Person: ['id', 'name', 'aliases', 'titles', 'documents', 'degree', 'pagerank', 'community'],
  Region: ['id', 'name', 'aliases', 'kind', 'documents', 'degree', 'pagerank', 'community'],
  Organization: ['id', 'name', 'aliases', 'kind', 'documents', 'degree', 'pagerank', 'community'],
  MilitaryUnit: [
    'id',
    'name',
    'aliases',
    'number',
    'echelon',
    'documents',
    'degree',
    'pagerank',
    'community',
  ],
  Agreement: [
    'id',
    'name',
    'aliases',
    'kind',
    'date',
    'place',
    'documents',
    'degree',
    'pagerank',
    'community',
  ],
  Figure: ['id', 'name', 'value', 'unit', 'raw', 'measure', 'period', 'direction', 'documents'],
};

/**
 * Provenance on every relationship except DESCRIBES: `documents` lists the documents that state it;
 * evidence is four parallel lists so one document's share can be filtered out in Cypher.
 */
export const RELATIONSHIP_PROVENANCE = [
  'documents',
  'evidenceDocuments',
  'evidenceStarts',
  'evidenceEnds',
  'evidenceTexts',
] as const;

/** Endpoint labels per relationship type (shared/spec/EXTRACTION.md, "Relation types"). */
export const RELATIONSHIPS = RELATION_ENDPOINTS;
