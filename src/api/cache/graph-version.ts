import neo4j, { type Driver } from 'neo4j-driver';
import { READ_GRAPH_VERSION } from '../../model/index.js';

export interface GraphVersionOptions {
  driver: Driver;
  database?: string;
  /**
   * How long a version read is trusted. 0 reads it for every request. @default 1000
   * One trivial read a second instead of one per request, for answers at most a second older than the
   * last committed ingest, remove or analytics run.
   */
  maxAgeMs?: number;
}

/** The graph's write counter, read at most every `maxAgeMs`; concurrent callers share one read. */
export function createGraphVersion({ driver, database, maxAgeMs = 1000 }: GraphVersionOptions) {
  let value = 0;
  let readAt = -Infinity;
  let pending: Promise<number> | null = null;
  const fetchVersion = async () => {
    const { records } = await driver.executeQuery(
      READ_GRAPH_VERSION,
      {},
      {
        database,
        routing: neo4j.routing.READ,
        bookmarkManager: null,
      },
    );
    return Number(records[0]?.get('version') ?? 0);
  };
  return async (): Promise<number> => {
    if (performance.now() - readAt < maxAgeMs) return value;
    pending ??= fetchVersion()
      .then((v) => {
        value = v;
        readAt = performance.now();
        return v;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  };
}

export type GraphVersion = ReturnType<typeof createGraphVersion>;
