import neo4j from 'neo4j-driver';
import { checkRelationType, refOf } from '../entity-ref.js';
import {
  evidenceCount,
  evidenceFrom,
  extraProperties,
  withEvents,
  type StoredProperties,
} from '../evidence.js';
import { QueryInputError, type Read } from './read.js';
import { resolveIds } from './search.js';
import type { EntityRef, Triple } from './types.js';

export interface RelationsArgs {
  subject?: string | null;
  type?: string | null;
  object?: string | null;
  limit: number;
  /** Only relationships at least this sure (their `confidence`, combined over the documents stating them). */
  minConfidence?: number | null;
  /** Evidence records per triple (the count says how many there are). @default all */
  maxEvidence?: number;
}

const NODES = (param: string, out: string, carry = '') => `
UNWIND $${param} AS ${out}Id
CALL { WITH ${out}Id MATCH (x:Entity {id: ${out}Id}) RETURN x UNION WITH ${out}Id MATCH (x:Event {id: ${out}Id}) RETURN x }
WITH ${carry ? `${carry}, ` : ''}x AS ${out}`;

/**
 * Triples (subject, type, object) with their evidence; subject and object by id or by name (exact
 * matches first, else the best full-text hit), every argument optional.
 */
export async function relations(read: Read, args: RelationsArgs): Promise<Triple[]> {
  const type = checkRelationType(args.type);
  if (args.type && !type) throw new QueryInputError(`Unknown relation type "${args.type}".`);
  const subjects = args.subject ? await resolveIds(read, args.subject) : null;
  const objects = args.object ? await resolveIds(read, args.object) : null;
  if (subjects?.length === 0 || objects?.length === 0) return [];
  const parts: string[] = [];
  if (subjects) parts.push(NODES('subjects', 's'));
  if (objects) parts.push(NODES('objects', 'o', subjects ? 's' : ''));
  // The type is checked against the contract's list above, so it can name the pattern (index-backed).
  const rel = type ? `[r:${type}]` : '[r]';
  const cypher = `${parts.join('\n')}
    MATCH (s)-${rel}->(o) WHERE NOT type(r) IN ['MENTIONED_IN', 'DESCRIBES']
      ${args.minConfidence != null ? 'AND coalesce(r.confidence, 0.0) >= $minConfidence' : ''}
    RETURN ${refOf('s')} AS subject, type(r) AS type, ${refOf('o')} AS object, properties(r) AS props
    ${subjects || objects ? 'ORDER BY subject.name, type, object.name' : ''} LIMIT $limit`;
  const rows = await read(cypher, {
    subjects,
    objects,
    limit: neo4j.int(args.limit),
    minConfidence: args.minConfidence ?? null,
  });
  const props = rows.map((r) => r.props as StoredProperties);
  const evidence = await withEvents(
    read,
    props.map((p) => evidenceFrom(p, args.maxEvidence)),
  );
  return rows.map((r, i) => ({
    subject: r.subject as EntityRef,
    type: r.type as string,
    object: r.object as EntityRef,
    properties: extraProperties(props[i]!),
    confidence: Number(props[i]!.confidence ?? 0),
    evidence: evidence[i]!,
    evidenceCount: evidenceCount(props[i]!),
  }));
}
