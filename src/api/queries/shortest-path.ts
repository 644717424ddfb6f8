import { refOf } from '../entity-ref.js';
import { evidenceCount, evidenceFrom, withEvents, type StoredProperties } from '../evidence.js';
import { NODE_BY_ID } from './neighbours.js';
import type { Read } from './read.js';
import type { Connection, EntityRef } from './types.js';

/** Longest chain searched; beyond it everything is connected to everything through Vladimir Poutine. */
export const MAX_HOPS = 8;

/**
 * The shortest chain of relationships between two entities (provenance links excluded), at most
 * `maxHops` long, each step with its evidence; null when there is none within reach.
 */
export async function shortestPath(
  read: Read,
  args: { from: string; to: string; maxHops: number; maxEvidence?: number },
): Promise<Connection | null> {
  // An integer in [1, MAX_HOPS], so it can be spliced: a variable-length bound cannot be a parameter.
  const hops = Math.max(1, Math.min(MAX_HOPS, Math.trunc(args.maxHops) || MAX_HOPS));
  const [row] = await read(
    `${NODE_BY_ID('from', 'a')}
     ${NODE_BY_ID('to', 'b', 'a')} AND a <> b
     MATCH p = shortestPath((a)-[*..${hops}]-(b))
     WHERE none(r IN relationships(p) WHERE type(r) IN ['MENTIONED_IN', 'DESCRIBES'])
     RETURN [n IN nodes(p) | ${refOf('n')}] AS nodes,
            [r IN relationships(p) | {from: ${refOf('startNode(r)')}, type: type(r), to: ${refOf('endNode(r)')}, props: properties(r)}] AS steps
     LIMIT 1`,
    { from: args.from, to: args.to },
  );
  if (!row) return null;
  const steps = row.steps as { from: EntityRef; type: string; to: EntityRef; props: StoredProperties }[];
  const evidence = await withEvents(
    read,
    steps.map((s) => evidenceFrom(s.props, args.maxEvidence)),
  );
  return {
    length: steps.length,
    nodes: row.nodes as EntityRef[],
    steps: steps.map((s, i) => ({
      from: s.from,
      type: s.type,
      to: s.to,
      evidence: evidence[i]!,
      evidenceCount: evidenceCount(s.props),
    })),
  };
}
