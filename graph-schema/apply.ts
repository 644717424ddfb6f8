import type { Driver } from 'neo4j-driver';
import { SCHEMA_STATEMENTS } from './constraints.js';

/** Applies every constraint and index (idempotent) and waits until the indexes are online. */
export async function applySchema(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // Schema commands cannot share a transaction with each other or with writes: one auto-commit each.
    for (const statement of SCHEMA_STATEMENTS) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
}
