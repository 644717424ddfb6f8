import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// @neo4j/graphql is CommonJS and loads graphql's CJS build; Node does the same for our own imports,
// but Vite would pick graphql's .mjs build: two realms, "Cannot use GraphQLObjectType from another
// module". Pin every `graphql` import to the CJS entry, as Node resolves it.
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Integration files share one Neo4j and compare whole-graph counts: run files one at a time.
    fileParallelism: false,
    // One Neo4j for the run (env, testcontainers or the local server): see test/global-setup.ts.
    globalSetup: ['./test/global-setup.ts'],
    // Tests this machine cannot run (e.g. the Docker path with no engine) are named after the summary.
    reporters: ['default', './test/support/not-applicable-reporter.ts'],
  },
});
