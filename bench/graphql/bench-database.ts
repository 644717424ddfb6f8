import { resolve } from 'node:path';
import { loadConfig, type Config } from '../../src/config.js';

export type GraphKind = 'seed' | 'large';

// Each graph gets its own local server and home, never the shared dev server on 7687: 10,000
// generated documents there would break other engineers' tests. The homes are kept between runs
// (`--reuse`) because loading 10,000 documents takes many minutes on 2 cores.
const SERVERS: Record<GraphKind, { home: string; boltPort: number; httpPort: number }> = {
  seed: { home: '.neo4j-bench-seed', boltPort: 7689, httpPort: 7476 },
  large: { home: '.neo4j-bench', boltPort: 7688, httpPort: 7475 },
};

/**
 * The project's config pointed at the benchmark's own server. NEO4J_URI (env or .env) is dropped on
 * purpose: src/db prefers it over everything and it may name the dev server. The password is
 * .env's NEO4J_PASSWORD for a fresh home, then whatever <home>/password records (src/db/password.ts).
 */
export function benchConfig(kind: GraphKind, root = process.cwd()): Config {
  const base = loadConfig(root);
  const server = SERVERS[kind];
  return {
    ...base,
    neo4j: { ...base.neo4j, uri: undefined },
    neo4jHome: resolve(root, server.home),
    boltPort: server.boltPort,
    httpPort: server.httpPort,
    neo4jMode: 'local',
    browserPostConnectCmd: undefined,
  };
}
