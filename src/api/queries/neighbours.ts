import neo4j from 'neo4j-driver';
import { RELATION_TYPES, type RelationType } from '../../model/index.js';
import { checkRelationType, refOf } from '../entity-ref.js';
import {
  evidenceCount,
  evidenceFrom,
  extraProperties,
  withEvents,
  type StoredProperties,
} from '../evidence.js';
import type { Read } from './read.js';
import type { EntityRef, Neighbour } from './types.js';

/** Relationship types a neighbour may come through: provenance links (MENTIONED_IN, DESCRIBES) are not neighbours. */
export const NEIGHBOUR_TYPES: RelationType[] = RELATION_TYPES.filter(
  (t) => t !== 'MENTIONED_IN' && t !== 'DESCRIBES',
);

/** The node with this id, entity or event (each lookup on its own constraint). */
export const NODE_BY_ID = (param: string, out: string, carry = '') =>
  `CALL { OPTIONAL MATCH (x:Entity {id: $${param}}) RETURN x UNION OPTIONAL MATCH (x:Event {id: $${param}}) RETURN x }
   WITH ${carry ? `${carry}, ` : ''}x AS ${out} WHERE ${out} IS NOT NULL`;

/** The entities one hop away, with relationship type, direction and evidence, most central first. */
export async function neighbours(
  read: Read,
  args: { id: string; types?: readonly string[] | null; limit: number; maxEvidence?: number },
): Promise<Neighbour[]> {
  const asked = (args.types ?? []).map(checkRelationType).filter((t): t is RelationType => Boolean(t));
  // Types named in the pattern (checked against the contract): a hub's MENTIONED_IN are never read.
  const types = (asked.length ? asked : NEIGHBOUR_TYPES).filter((t) => NEIGHBOUR_TYPES.includes(t));
  if (types.length === 0) return [];
  const rows = await read(
    `${NODE_BY_ID('id', 'a')}
     MATCH (a)-[r:${types.join('|')}]-(m)
     RETURN ${refOf('m')} AS entity, type(r) AS type,
            CASE WHEN startNode(r) = a THEN 'OUT' ELSE 'IN' END AS direction, properties(r) AS props
     ORDER BY coalesce(m.pagerank, 0) DESC, entity.name LIMIT $limit`,
    { id: args.id, limit: neo4j.int(args.limit) },
  );
  const props = rows.map((r) => r.props as StoredProperties);
  const evidence = await withEvents(
    read,
    props.map((p) => evidenceFrom(p, args.maxEvidence)),
  );
  return rows.map((r, i) => ({
    entity: r.entity as EntityRef,
    type: r.type as string,
    direction: r.direction as 'OUT' | 'IN',
    properties: extraProperties(props[i]!),
    evidence: evidence[i]!,
    evidenceCount: evidenceCount(props[i]!),
  }));
}
