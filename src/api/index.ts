// API: a Neo4j driver → a read-only GraphQL server (graphql-yoga over @neo4j/graphql) with the
// generated queries of graph-schema/api.graphql plus search, relations, neighbours, shortest
// connection and co-participation. Writes happen only through ingestion.
export { createApi, buildSchema, TYPE_DEFS_PATH, type Api, type ApiOptions } from './create-api.js';
export { API_LIMITS } from './limits.js';
export { luceneQuery } from './lucene-query.js';
export { listen, type ListenOptions } from './listen.js';
