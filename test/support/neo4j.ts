import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createDriver, type Neo4jConnection } from '../../src/db/index.js';

/** What test/global-setup.ts shares with *.int.test.ts files (structured-cloneable). */
export type ProvidedNeo4j =
  (Omit<Neo4jConnection, 'mode'> & { mode: Neo4jConnection['mode'] | 'container' }) | { error: string };

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: ProvidedNeo4j;
  }
}

/** The shared server; throws (the test fails, never skips) when the global setup could not get one. */
export function testConnection(): Neo4jConnection {
  const provided = inject('neo4j');
  if ('error' in provided) throw new Error(`No Neo4j for integration tests: ${provided.error}`);
  return { ...provided, mode: provided.mode === 'container' ? 'docker' : provided.mode };
}

/** A driver on the shared server; close it in afterAll. */
export function testDriver(): Driver {
  return createDriver(testConnection());
}

/** The mode as the global setup got it: 'container' is testcontainers, the others are src/db's. */
export function testMode(): string {
  const provided = inject('neo4j');
  return 'error' in provided ? 'none' : provided.mode;
}
