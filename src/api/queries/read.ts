import neo4j, { type Driver } from 'neo4j-driver';
import { KgError } from '../../errors.js';

/** A caller's mistake (unknown relation type, no such id): its message is safe to show as is. */
export class QueryInputError extends KgError {
  constructor(message: string) {
    super('BAD_QUERY', message);
    this.name = 'QueryInputError';
  }
}

export interface ReaderOptions {
  driver: Driver;
  database?: string;
  /** Neo4j transaction timeout per statement, in milliseconds. */
  timeoutMs: number;
}

export type Row = Record<string, unknown>;
export type Read = (cypher: string, params?: Record<string, unknown>) => Promise<Row[]>;

/** Runs read-only Cypher with the API's timeout; rows come back as plain objects (integers as numbers). */
export function createReader({ driver, database, timeoutMs }: ReaderOptions): Read {
  return async (cypher, params = {}) => {
    // The API only reads, so no causal chain to keep: without the default bookmark manager each call
    // skips its bookkeeping, shared by all concurrent requests.
    const { records } = await driver.executeQuery(cypher, params, {
      database,
      routing: neo4j.routing.READ,
      bookmarkManager: null,
      transactionConfig: { timeout: timeoutMs, metadata: { app: 'communique-kg-api' } },
    });
    return records.map((r) => plain(r.toObject()) as Row);
  };
}

/** Neo4j integers → numbers, recursively (counts and offsets are far below 2^53). */
export function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object' && value.constructor === Object)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}
