// The read queries of the API, one implementation behind two front ends: the GraphQL custom resolvers
// and the MCP tools. Each answer is cached by graph version, query and arguments (cache/).
import type { Driver } from 'neo4j-driver';
import type { ResponseCache } from '../cache/response-cache.js';
import { API_LIMITS } from '../limits.js';
import { entity } from './entity.js';
import { graphSummary } from './graph-summary.js';
import { neighbours } from './neighbours.js';
import { createReader } from './read.js';
import { relations, type RelationsArgs } from './relations.js';
import { search } from './search.js';
import { shortestPath } from './shortest-path.js';

export { QueryInputError } from './read.js';
export { MAX_HOPS } from './shortest-path.js';
export type * from './types.js';

export interface GraphQueriesOptions {
  driver: Driver;
  database?: string;
  cache: ResponseCache;
  /** Neo4j transaction timeout per statement. @default API_LIMITS.transactionTimeoutMs */
  timeoutMs?: number;
}

type Args<F> = F extends (read: never, args: infer A) => unknown ? A : never;

/** The query functions over one driver, each answer cached until the graph changes. */
export function createGraphQueries({ driver, database, cache, timeoutMs }: GraphQueriesOptions) {
  const read = createReader({ driver, database, timeoutMs: timeoutMs ?? API_LIMITS.transactionTimeoutMs });
  return {
    search: (args: Args<typeof search>) => cache.cached('search', args, () => search(read, args)),
    relations: (args: RelationsArgs) => cache.cached('relations', args, () => relations(read, args)),
    neighbours: (args: Args<typeof neighbours>) =>
      cache.cached('neighbours', args, () => neighbours(read, args)),
    shortestPath: (args: Args<typeof shortestPath>) =>
      cache.cached('shortestPath', args, () => shortestPath(read, args)),
    entity: (args: Args<typeof entity>) => cache.cached('entity', args, () => entity(read, args)),
    graphSummary: () => cache.cached('graphSummary', {}, () => graphSummary(read)),
  };
}

export type GraphQueries = ReturnType<typeof createGraphQueries>;
