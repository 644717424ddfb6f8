import type { Driver } from 'neo4j-driver';
import { SCHEMA_STATEMENTS } from './constraints.js';

/** The name every schema statement gives its constraint or index (`CREATE … CONSTRAINT event_id IF NOT EXISTS …`). */
export function schemaName(statement: string): string {
  const name = /^CREATE (?:FULLTEXT )?(?:CONSTRAINT|INDEX) (\w+) /.exec(statement)?.[1];
  if (!name) throw new Error(`schema statement without a name: ${statement}`);
  return name;
}

/**
 * Applies every constraint and index that is not there yet and waits until the indexes are online.
 * Every start and ingest calls this: on a server that already has them, one read of the catalogue replaces
 * sixteen schema commands, each planned afresh by a cold JVM (seconds on a first start). `IF NOT EXISTS`
 * keeps it safe when two ingests race.
 */
export async function applySchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    const present = await session.run('SHOW INDEXES YIELD name, state RETURN name, state');
    const online = new Set(
      present.records.filter((r) => r.get('state') === 'ONLINE').map((r) => r.get('name')),
    );
    const known = new Set(present.records.map((r) => r.get('name') as string));
    const missing = SCHEMA_STATEMENTS.filter((statement) => !known.has(schemaName(statement)));
    // Schema commands cannot share a transaction with each other or with writes: one auto-commit each.
    for (const statement of missing) await session.run(statement);
    if (missing.length || SCHEMA_STATEMENTS.some((s) => !online.has(schemaName(s))))
      await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}
