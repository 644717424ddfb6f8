import type { Driver } from 'neo4j-driver';
import { removeStatements, writeTransaction } from '../../src/load/index.js';

/** Takes the benchmark's documents (and only what they alone stated) out of the shared graph. */
export async function removeDocuments(
  driver: Driver,
  ids: readonly string[],
  database?: string,
): Promise<void> {
  for (let i = 0; i < ids.length; i += 100)
    await writeTransaction(driver, removeStatements(ids.slice(i, i + 100), true), database);
}
