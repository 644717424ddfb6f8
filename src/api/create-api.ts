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
}

export interface Api {
  yoga: YogaServerInstance<Record<string, unknown>, Record<string, unknown>>;
  schema: GraphQLSchema;
}

/** Builds the read-only schema from graph-schema/api.graphql (no database needed). */
export async function buildSchema(driver: Driver, database = 'neo4j'): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: readFileSync(TYPE_DEFS_PATH, 'utf8'),
    driver,
    resolvers: createResolvers({ driver, database, maxLimit: API_LIMITS.maxPageSize }),
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
  const schema = await buildSchema(options.driver, database);
  const plugins: Plugin[] = [
    useGuideRoute(),
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
    cors: options.corsOrigins?.length ? { origin: options.corsOrigins, credentials: false } : false,
    context: () => ({
      sessionConfig: { database },
      transaction: { timeout: API_LIMITS.transactionTimeoutMs, metadata: { app: 'communique-kg-api' } },
    }),
    plugins,
  });
  return { yoga: yoga as unknown as Api['yoga'], schema };
}
