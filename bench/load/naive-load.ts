import type { Driver } from 'neo4j-driver';
import { writeStatements, zeroCounters, type GraphData, type LoadCounters } from '../../src/load/index.js';

/**
 * The loader to beat: the same Cypher as load(), but one statement per row (the way a first version
 * writes `MERGE` in a loop), one transaction per document.
 */
export async function naiveLoad(
  driver: Driver,
  data: GraphData,
  database?: string,
): Promise<LoadCounters & { statements: number }> {
  const counters = { ...zeroCounters(), statements: 0 };
  const byDoc = new Map<string, GraphData>(
    data.documents.map((d) => [d.id, { documents: [d], entities: [], relations: [] }]),
  );
  for (const e of data.entities) for (const d of e.documents) byDoc.get(d)?.entities.push(e);
  for (const r of data.relations) for (const d of r.documents) byDoc.get(d)?.relations.push(r);
  const session = driver.session({ database });
  try {
    for (const [id, slice] of [...byDoc].sort(([a], [b]) => (a < b ? -1 : 1))) {
      await session.executeWrite(async (tx) => {
        for (const s of writeStatements(slice, new Set([id]))) {
          const rows = (s.parameters.rows as unknown[] | undefined) ?? [undefined];
          for (const row of rows) {
            const result = await tx.run(
              s.text,
              row === undefined ? s.parameters : { ...s.parameters, rows: [row] },
            );
            const u = result.summary.counters.updates();
            counters.nodesCreated += u.nodesCreated;
            counters.nodesDeleted += u.nodesDeleted;
            counters.relationshipsCreated += u.relationshipsCreated;
            counters.relationshipsDeleted += u.relationshipsDeleted;
            counters.propertiesSet += u.propertiesSet;
            counters.statements++;
          }
        }
      });
    }
  } finally {
    await session.close();
  }
  return counters;
}
