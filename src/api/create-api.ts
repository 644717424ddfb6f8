import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { NoSchemaIntrospectionCustomRule, type GraphQLSchema } from 'graphql';
import { createYoga, useReadinessCheck, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { useGuideRoute } from './guide-route.js';
import { API_LIMITS } from './limits.js';
import { createResolvers } from './resolvers.js';
import { useMaxInputDepth } from './input-depth.js';
import { createGraphVersion } from './cache/graph-version.js';
import { createResponseCache, type ResponseCache } from './cache/response-cache.js';
import { useGraphResponseCache } from './cache/use-graph-response-cache.js';
import type { LruCacheOptions } from './cache/lru-cache.js';
import { createGraphQueries, type GraphQueries } from './queries/index.js';
import { useMcpRoute } from './mcp/use-mcp-route.js';

export const TYPE_DEFS_PATH = fileURLToPath(new URL('../../graph-schema/api.graphql', import.meta.url));

export interface ApiOptions {
  driver: Driver;
  /** @default 'neo4j' */
  database?: string;
  /** Serve GraphiQL on GET /graphql. @default true */
  graphiql?: boolean;
  /** Allow introspection queries (turn off in production). @default true */
  introspection?: boolean;
  /** Allowed CORS origins; empty means no cross-origin access. @default [] */
  corsOrigins?: string[];
  /** Response cache bounds and how long a read of the graph version is trusted (see cache/graph-version.ts). */
  cache?: LruCacheOptions & { versionMaxAgeMs?: number };
  /** Serve MCP (streamable HTTP) on POST /mcp. @default true */
  mcp?: boolean;
}

export interface Api {
  yoga: YogaServerInstance<Record<string, unknown>, Record<string, unknown>>;
  schema: GraphQLSchema;
  /** The query functions behind the custom GraphQL queries, for the MCP server. */
  queries: GraphQueries;
  cache: ResponseCache;
}

/** The shared response cache and the query functions over `driver`: nothing is read until a query runs. */
export function createQueryLayer(
  driver: Driver,
  database = 'neo4j',
  options: ApiOptions['cache'] = {},
): { cache: ResponseCache; queries: GraphQueries } {
  const version = createGraphVersion({ driver, database, maxAgeMs: options.versionMaxAgeMs });
  const cache = createResponseCache(version, options);
  return { cache, queries: createGraphQueries({ driver, database, cache }) };
}

/** Builds the read-only schema from graph-schema/api.graphql (no database needed). */
export async function buildSchema(
  driver: Driver,
  database = 'neo4j',
  queries: GraphQueries = createQueryLayer(driver, database).queries,
): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: readFileSync(TYPE_DEFS_PATH, 'utf8'),
    driver,
    resolvers: createResolvers({ queries, maxLimit: API_LIMITS.maxPageSize }),
    features: {
      // ISO dates are stored as strings ("2025-03-13"): lexicographic order is date order.
      filters: { String: { GT: true, GTE: true, LT: true, LTE: true } },
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  return neoSchema.getSchema();
}

// Introspection is a validation rule away: production servers can hide the schema from strangers.
const disableIntrospection = (): Plugin => ({
  onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule),
});

/** createApi({ driver }): graphql-yoga over @neo4j/graphql with health, readiness and abuse limits. */
export async function createApi(options: ApiOptions): Promise<Api> {
  const database = options.database ?? 'neo4j';
  const { cache, queries } = createQueryLayer(options.driver, database, options.cache);
  const schema = await buildSchema(options.driver, database, queries);
  const corsOrigins = options.corsOrigins ?? [];
  const plugins: Plugin[] = [
    useGuideRoute(),
    ...(options.mcp === false ? [] : [useMcpRoute({ queries, corsOrigins })]),
    useGraphResponseCache(cache),
    EnvelopArmorPlugin({
      maxDepth: { n: API_LIMITS.maxDepth },
      costLimit: { maxCost: API_LIMITS.maxCost },
      maxAliases: { n: API_LIMITS.maxAliases },
      maxTokens: { n: API_LIMITS.maxTokens },
      maxDirectives: { n: API_LIMITS.maxDirectives },
      blockFieldSuggestion: { enabled: true },
    }) as Plugin,
    useMaxInputDepth(API_LIMITS.maxInputDepth),
    useReadinessCheck({
      endpoint: '/readyz',
      check: async () => {
        await options.driver.verifyConnectivity({ database });
        return true;
      },
    }),
  ];
  if (options.introspection === false) plugins.push(disableIntrospection());
  const yoga = createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    graphiql: options.graphiql ?? true,
    // GraphiQL's scripts bundled from npm, not fetched from a CDN: it works offline and on loopback-only hosts.
    renderGraphiQL,
    maskedErrors: true,
    // An empty origin list means allow-all to @whatwg-node's CORS: no origins configured means CORS off.
    cors: corsOrigins.length ? { origin: corsOrigins, credentials: false } : false,
    context: () => ({
      sessionConfig: { database },
      transaction: { timeout: API_LIMITS.transactionTimeoutMs, metadata: { app: 'communique-kg-api' } },
    }),
    plugins,
  });
  return { yoga: yoga as unknown as Api['yoga'], schema, queries, cache };
}
