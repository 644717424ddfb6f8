import { NODE_PROPERTIES } from '../../../graph-schema/model.js';
import { ENTITY_TYPES, RELATION_ENDPOINTS, RELATION_TYPES } from '../../model/index.js';
import type { Read } from './read.js';
import type { GraphSummary } from './types.js';

// Each count names its label or type, so Neo4j answers it from its count store: no node is read.
const COUNTS = [
  ...ENTITY_TYPES.map((l) => `MATCH (n:${l}) RETURN 'label' AS kind, '${l}' AS name, count(n) AS count`),
  ...RELATION_TYPES.map(
    (t) => `MATCH ()-[r:${t}]->() RETURN 'relation' AS kind, '${t}' AS name, count(r) AS count`,
  ),
].join('\nUNION ALL\n');

/** Labels and relationship types with their counts, properties and endpoints: a map of the graph, not a dump. */
export async function graphSummary(read: Read): Promise<GraphSummary> {
  const counts = new Map((await read(COUNTS)).map((r) => [`${r.kind}:${r.name}`, r.count as number]));
  return {
    labels: ENTITY_TYPES.map((label) => ({
      label,
      count: counts.get(`label:${label}`) ?? 0,
      properties: NODE_PROPERTIES[label].filter((p) => p !== 'entityIds'),
    })),
    relations: RELATION_TYPES.map((type) => ({
      type,
      count: counts.get(`relation:${type}`) ?? 0,
      from: RELATION_ENDPOINTS[type].from,
      to: RELATION_ENDPOINTS[type].to,
    })),
  };
}
