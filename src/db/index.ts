// Provisioning a Neo4j 5.26 for the CLI, the tests and CI: NEO4J_URI (env or .env), else Docker
// (docker-compose.yml), else a local server assembled from Maven Central in config.neo4jHome.
// Output: a Neo4jConnection (and a driver); schema, constraints and data are left to load/.
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { DatabaseUnavailableError } from '../errors.js';
import { chooseMode, type DatabaseMode } from './choose-mode.js';
import { createDriver, type Neo4jConnection } from './connection.js';
import {
  dockerEngineAnswers,
  dockerServiceRunning,
  runningDockerConnection,
  startDocker,
  stopDocker,
} from './docker.js';
import { startLocalServer, stopLocalServer } from './local-server.js';
import { boltAnswers } from './readiness.js';
import { runningServer } from './server-process.js';

export { createDriver, type Neo4jConnection } from './connection.js';
export type { DatabaseMode } from './choose-mode.js';

export interface DatabaseOptions {
  /** Progress lines (never containing the password). @default discard */
  log?: (line: string) => void;
  /** Recorded with a local server so the test teardown stops only what the tests started. @default 'cli' */
  startedBy?: string;
}

export interface DatabaseStatus {
  mode: DatabaseMode;
  running: boolean;
  boltUri?: string;
  browserUrl?: string;
  user?: string;
  /** Local mode: the server's folder, pid and who started it. */
  home?: string;
  pid?: number;
  startedBy?: string;
}

const quiet = () => {};

function envConnection(config: Config): Neo4jConnection {
  return {
    uri: config.neo4j.uri!,
    user: config.neo4j.user,
    password: config.neo4j.password ?? '',
    database: config.neo4j.database,
    mode: 'env',
  };
}

/** Gets a running server, starting one if needed; idempotent (a running server is reused). */
export async function startDatabase(config: Config, options: DatabaseOptions = {}): Promise<Neo4jConnection> {
  const log = options.log ?? quiet;
  const mode = await chooseMode(config);
  if (mode === 'env') return envConnection(config);
  if (mode === 'docker') return startDocker(config, log);
  return startLocalServer(config, { log, startedBy: options.startedBy ?? 'cli' });
}

/** Stops the Docker or local server; a server given by NEO4J_URI is not ours to stop. */
export async function stopDatabase(config: Config, options: DatabaseOptions = {}): Promise<void> {
  const log = options.log ?? quiet;
  if (config.neo4j.uri) return log('db: NEO4J_URI points at a server we did not start; nothing to stop.');
  if (runningServer(config.neo4jHome) || config.neo4jMode === 'local') return stopLocalServer(config, log);
  if (
    (config.neo4jMode === 'docker' || (await dockerEngineAnswers())) &&
    (await dockerServiceRunning(config))
  )
    return stopDocker(config, log);
  return stopLocalServer(config, log);
}

/** Which way is in use and where Browser is; never includes the password. */
export async function databaseStatus(config: Config): Promise<DatabaseStatus> {
  if (config.neo4j.uri) {
    const running = !(await boltAnswers(envConnection(config)));
    return { mode: 'env', running, boltUri: config.neo4j.uri, user: config.neo4j.user };
  }
  const local = runningServer(config.neo4jHome);
  if (local) {
    const http = `http://127.0.0.1:${local.httpPort}/`;
    return {
      mode: 'local',
      running: true,
      boltUri: `bolt://127.0.0.1:${local.boltPort}`,
      browserUrl: `${http}browser/`,
      user: 'neo4j',
      home: config.neo4jHome,
      pid: local.pid,
      startedBy: local.startedBy,
    };
  }
  if (config.neo4jMode !== 'local' && (await dockerEngineAnswers())) {
    const { uri, browserUrl, user } = runningDockerConnection(config);
    return { mode: 'docker', running: await dockerServiceRunning(config), boltUri: uri, browserUrl, user };
  }
  return { mode: 'local', running: false, home: config.neo4jHome };
}

/**
 * For commands that need the graph (ingest, serve): the server from startDatabase plus a driver
 * whose connectivity is verified. Throws DatabaseUnavailableError with the fix in the message.
 */
export async function connectDatabase(
  config: Config,
  options: DatabaseOptions = {},
): Promise<{ connection: Neo4jConnection; driver: Driver }> {
  const connection = await startDatabase(config, options);
  const driver = createDriver(connection);
  try {
    await driver.verifyConnectivity({ database: connection.database });
  } catch (error) {
    await driver.close();
    const hint =
      connection.mode === 'env' ? 'Check NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD.' : 'Try `kg db status`.';
    throw new DatabaseUnavailableError(
      `db: cannot reach Neo4j at ${connection.uri} (${connection.mode}): ${(error as Error).message}. ${hint}`,
      { cause: error },
    );
  }
  return { connection, driver };
}
