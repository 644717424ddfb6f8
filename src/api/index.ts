// API: a Neo4j driver → a read-only GraphQL server (graphql-yoga over @neo4j/graphql) with the
// generated queries of graph-schema/api.graphql plus search, relations, neighbours, shortest
// connection and co-participation; the same queries as MCP tools (stdio or POST /mcp). Writes happen
// only through ingestion; answers are cached until the graph version changes.
export {
  createApi,
  buildSchema,
  createQueryLayer,
  TYPE_DEFS_PATH,
  type Api,
  type ApiOptions,
} from './create-api.js';
export { createMcpServer, type McpServerOptions } from './mcp/create-mcp-server.js';
export { MCP_PATH } from './mcp/use-mcp-route.js';
export type { GraphQueries } from './queries/index.js';
export { API_LIMITS } from './limits.js';
export { luceneQuery } from './lucene-query.js';
export { listen, type ListenOptions } from './listen.js';
