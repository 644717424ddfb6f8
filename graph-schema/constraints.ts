import { ENTITY_TYPES, GRAPH_VERSION_LABEL } from '../src/model/index.js';
import { ENTITY_LABEL, ENTITY_LABELS } from './model.js';

/** Name of the full-text index over `name` and `aliases` of every `:Entity`. */
export const FULLTEXT_INDEX = 'entityNames';

const unique = (label: string): string =>
  `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`;

const range = (label: string, property: string): string =>
  `CREATE INDEX ${label.toLowerCase()}_${property.toLowerCase()} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`;

/**
 * Every schema statement, idempotent (`IF NOT EXISTS`), in the order to run them:
 * uniqueness on `id` per label (the MERGE keys), range indexes for sorting and filtering,
 * and the full-text index `entityNames`.
 */
export const SCHEMA_STATEMENTS: readonly string[] = [
  ...ENTITY_TYPES.map(unique),
  unique(ENTITY_LABEL),
  // Two first-ever ingests at once must MERGE one version node, not one each.
  `CREATE CONSTRAINT graphversion_key IF NOT EXISTS FOR (n:${GRAPH_VERSION_LABEL}) REQUIRE n.key IS UNIQUE`,
  range('Event', 'date'),
  range('Figure', 'period'),
  range('Document', 'sha256'),
  range(ENTITY_LABEL, 'pagerank'),
  range(ENTITY_LABEL, 'community'),
  // search's exact fast path: a name equal to the text is found without the full-text index.
  range(ENTITY_LABEL, 'name'),
  `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABELS.join('|')}) ON EACH [n.name, n.aliases]`,
];
