// The Neo4j settings we choose, written once. The local server gets them as neo4j.conf lines
// (neo4j-conf.ts), Docker as NEO4J_… environment variables (docker-env.ts): docker-compose.yml is
// generated from them (docker-compose.ts) and the tests' container takes the same environment.

/** One setting as neo4j.conf spells it; `value` undefined leaves Neo4j's default (and says so in the conf). */
export interface Neo4jSetting {
  key: string;
  value: string | undefined;
  /** Why we set it: a comment above the line in neo4j.conf and docker-compose.yml. */
  why: string;
}

/**
 * Where the server runs, which is all that differs between the two paths. Ports are strings so that
 * docker-compose.yml can hold `${KG_BOLT_PORT:-7687}`, which Compose fills in at `up`.
 */
export interface ServerPlacement {
  /** Interface the server binds. */
  listenHost: string;
  /** Ports the server binds (inside the container under Docker). */
  listenBoltPort: string;
  listenHttpPort: string;
  /** Ports a client on this machine dials (Docker publishes them on 127.0.0.1). */
  boltPort: string;
  httpPort: string;
  /** Browser's post-connect command; undefined: none. */
  browserPostConnectCmd: string | undefined;
}

/** The ports the neo4j image's server binds inside its container. */
export const CONTAINER_BOLT_PORT = 7687;
export const CONTAINER_HTTP_PORT = 7474;

/** Plugins of both paths: neo4j/pom.xml copies apoc-core into plugins/, the image is asked by NEO4J_PLUGINS. */
export const PLUGINS = ['apoc'] as const;

/** Hosts Browser may fetch guides and styles from: where `kg serve` answers (config.ts uses localhost). */
const BROWSER_ALLOWED_HOSTS = 'localhost,127.0.0.1';

export interface PlacementOptions {
  boltPort: number | string;
  httpPort: number | string;
  browserPostConnectCmd?: string;
}

/** A server started on this machine (the local server from Maven Central): loopback only. */
export function localPlacement(options: PlacementOptions): ServerPlacement {
  return {
    listenHost: '127.0.0.1',
    listenBoltPort: String(options.boltPort),
    listenHttpPort: String(options.httpPort),
    boltPort: String(options.boltPort),
    httpPort: String(options.httpPort),
    browserPostConnectCmd: options.browserPostConnectCmd,
  };
}

/**
 * A server in a container whose ports Docker publishes on this machine's 127.0.0.1: it must bind every
 * interface of the container (a loopback bind would not see the forwarded connections), and the
 * loopback-only exposure comes from the published ports instead.
 */
export function containerPlacement(options: PlacementOptions): ServerPlacement {
  return {
    listenHost: '0.0.0.0',
    listenBoltPort: String(CONTAINER_BOLT_PORT),
    listenHttpPort: String(CONTAINER_HTTP_PORT),
    boltPort: String(options.boltPort),
    httpPort: String(options.httpPort),
    browserPostConnectCmd: options.browserPostConnectCmd,
  };
}

/** Every setting we choose, in neo4j.conf order, for a server at `placement`. */
export function neo4jSettings(placement: ServerPlacement): Neo4jSetting[] {
  const { listenHost } = placement;
  return [
    {
      key: 'server.default_listen_address',
      value: listenHost,
      why: 'loopback on this machine; every interface inside a container, published on 127.0.0.1 only',
    },
    {
      key: 'server.default_advertised_address',
      value: '127.0.0.1',
      why: 'clients run on this machine',
    },
    { key: 'server.bolt.enabled', value: 'true', why: 'drivers and Browser speak Bolt' },
    {
      key: 'server.bolt.listen_address',
      value: `${listenHost}:${placement.listenBoltPort}`,
      why: 'Bolt, bound as above',
    },
    {
      // The HTTP discovery document hands this to Browser: under Docker it is the published port,
      // not the container's, or Browser would dial 7687 whatever KG_BOLT_PORT says.
      key: 'server.bolt.advertised_address',
      value: `127.0.0.1:${placement.boltPort}`,
      why: 'the Bolt address Browser dials from this machine',
    },
    { key: 'server.http.enabled', value: 'true', why: 'Browser and the discovery document' },
    {
      key: 'server.http.listen_address',
      value: `${listenHost}:${placement.listenHttpPort}`,
      why: 'HTTP, bound as above',
    },
    {
      key: 'server.http.advertised_address',
      value: `127.0.0.1:${placement.httpPort}`,
      why: 'the HTTP address as seen from this machine',
    },
    { key: 'server.https.enabled', value: 'false', why: 'loopback only: no certificates to manage' },
    {
      key: 'dbms.security.auth_enabled',
      value: 'true',
      why: 'login neo4j / NEO4J_PASSWORD from .env',
    },
    {
      key: 'server.memory.heap.initial_size',
      value: '512m',
      why: 'a small machine: the heap starts at 512m',
    },
    { key: 'server.memory.heap.max_size', value: '1g', why: 'and grows to 1g at most' },
    { key: 'server.memory.pagecache.size', value: '256m', why: 'a small machine: page cache 256m' },
    {
      key: 'db.tx_log.rotation.retention_policy',
      value: '1 days 100M',
      why: 'keep transaction logs small; nothing here needs point-in-time recovery',
    },
    { key: 'dbms.usage_report.enabled', value: 'false', why: 'send no usage data to Neo4j' },
    {
      key: 'dbms.security.procedures.unrestricted',
      value: 'apoc.*',
      why: 'APOC Core, needed by @neo4j/graphql 7',
    },
    {
      // Neo4j 5.26 still spells it "whitelist" (docs/browser.md).
      key: 'browser.remote_content_hostname_whitelist',
      value: BROWSER_ALLOWED_HOSTS,
      why: 'Browser may fetch the guide and the style from kg serve on this machine',
    },
    {
      key: 'browser.post_connect_cmd',
      value: placement.browserPostConnectCmd,
      why: 'style and guide from kg serve after login (KG_BROWSER_POST_CONNECT_CMD; empty: none)',
    },
  ];
}
