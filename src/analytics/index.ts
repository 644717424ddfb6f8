/**
 * The loaded graph → degree, PageRank and Louvain community on every entity and event, written back as
 * node properties for sizing and colouring in Browser and sorting in GraphQL. Documents are left out.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { BUMP_GRAPH_VERSION } from '../model/index.js';
import { computeMetrics } from './compute-metrics.js';

export { computeMetrics, seededRandom, type NodeMetrics } from './compute-metrics.js';

export interface AnalyticsResult {
  nodes: number;
  relationships: number;
  communities: number;
}

/** Recomputes the metrics over the whole graph and writes them back in batches. */
export async function analyze(
  driver: Driver,
  options: { database?: string; batchSize?: number } = {},
): Promise<AnalyticsResult> {
  const { database } = options;
  const read = { database, routing: neo4j.routing.READ };
  const nodes = await driver.executeQuery('MATCH (n) WHERE n:Entity OR n:Event RETURN n.id AS id', {}, read);
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) WHERE (a:Entity OR a:Event) AND (b:Entity OR b:Event) RETURN a.id AS s, b.id AS t',
    {},
    read,
  );
  const metrics = computeMetrics(
    nodes.records.map((r) => r.get('id') as string),
    rels.records.map((r) => [r.get('s') as string, r.get('t') as string]),
  );
  const rows = [...metrics].map(([id, m]) => ({ id, ...m }));
  const size = options.batchSize ?? 10_000;
  const session = driver.session({ database });
  try {
    for (let i = 0; i < rows.length; i += size) {
      const batch = rows.slice(i, i + size);
      await session.executeWrite(async (tx) => {
        for (const label of ['Entity', 'Event'])
          await tx.run(
            `UNWIND $rows AS row MATCH (n:${label} {id: row.id}) SET n.degree = row.degree, n.pagerank = row.pagerank, n.community = row.community`,
            {
              rows: batch.map((r) => ({
                ...r,
                degree: neo4j.int(r.degree),
                community: neo4j.int(r.community),
              })),
            },
          );
        // PageRank orders neighbours and degree is shown: cached API answers must not outlive it.
        await tx.run(BUMP_GRAPH_VERSION);
      });
    }
  } finally {
    await session.close();
  }
  return {
    nodes: rows.length,
    relationships: rels.records.length,
    communities: new Set(rows.map((r) => r.community)).size,
  };
}
