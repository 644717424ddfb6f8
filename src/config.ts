import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Every setting the project reads from the environment; the only module that touches process.env. */
export interface Config {
  /** Project root: where .env, .neo4j/ and fixtures/ live. */
  root: string;
  neo4j: { uri?: string; user: string; password?: string; database: string };
  /** Where the local server assembled from Maven Central lives. @default <root>/.neo4j */
  neo4jHome: string;
  boltPort: number;
  httpPort: number;
  /** Force how src/db gets a server (KG_NEO4J_MODE); unset = env, else a running local server, else Docker, else local. */
  neo4jMode?: 'docker' | 'local';
  /** JAVA_HOME, for the local server (Java 17 or 21). */
  javaHome?: string;
  /** Neo4j Browser command run after login (KG_BROWSER_POST_CONNECT_CMD), e.g. `:play http://127.0.0.1:4000/guide`. */
  browserPostConnectCmd?: string;
  /** CI=true: a missing Neo4j fails the tests instead of anything softer. */
  ci?: boolean;
  api: { host: string; port: number; corsOrigins: string[]; graphiql: boolean; introspection: boolean };
}

/** Where `kg serve` listens unless PORT says otherwise. */
export const DEFAULT_API_PORT = 4000;
/** Where a provisioned Neo4j answers on this machine unless KG_BOLT_PORT / KG_HTTP_PORT say otherwise. */
export const DEFAULT_BOLT_PORT = 7687;
export const DEFAULT_HTTP_PORT = 7474;

/**
 * What Neo4j Browser runs after login: the style and the guide, both served by `kg serve` on `apiPort`.
 * Browser splits the value on ";" and puts the ":" in front of each part itself. `localhost` is on the
 * Browser allow-list of both the local server and the Docker one (src/db/neo4j-settings.ts).
 */
export function browserPostConnectCmdFor(apiPort: number | string): string {
  const origin = `http://localhost:${apiPort}`;
  return `style ${origin}/style.grass;play ${origin}/guide.html`;
}

let envLoaded = false;

/** Loads a git-ignored .env once (values already in the environment win). */
function loadDotEnv(root: string): void {
  if (envLoaded) return;
  envLoaded = true;
  const file = resolve(root, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

export function loadConfig(root = process.cwd()): Config {
  loadDotEnv(root);
  const env = process.env;
  const production = env.NODE_ENV === 'production';
  return {
    root,
    neo4j: {
      uri: env.NEO4J_URI || undefined,
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD || undefined,
      database: env.NEO4J_DATABASE || 'neo4j',
    },
    neo4jHome: env.KG_NEO4J_HOME || resolve(root, '.neo4j'),
    boltPort: Number(env.KG_BOLT_PORT || DEFAULT_BOLT_PORT),
    httpPort: Number(env.KG_HTTP_PORT || DEFAULT_HTTP_PORT),
    neo4jMode:
      env.KG_NEO4J_MODE === 'docker' || env.KG_NEO4J_MODE === 'local' ? env.KG_NEO4J_MODE : undefined,
    javaHome: env.JAVA_HOME || undefined,
    // An empty KG_BROWSER_POST_CONNECT_CMD turns it off.
    browserPostConnectCmd:
      (env.KG_BROWSER_POST_CONNECT_CMD ?? browserPostConnectCmdFor(env.PORT || DEFAULT_API_PORT)) ||
      undefined,
    ci: env.CI === 'true' || env.CI === '1',
    api: {
      host: env.HOST || '127.0.0.1',
      port: Number(env.PORT || DEFAULT_API_PORT),
      corsOrigins: (env.CORS_ORIGINS || '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      graphiql: env.GRAPHIQL ? env.GRAPHIQL === 'true' : !production,
      introspection: env.INTROSPECTION ? env.INTROSPECTION === 'true' : !production,
    },
  };
}

/** Forget the cached .env state (tests). */
export function resetConfigCache(): void {
  envLoaded = false;
}
