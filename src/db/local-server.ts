import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { DatabaseUnavailableError } from '../errors.js';
import type { Neo4jConnection } from './connection.js';
import { findJava, mavenAvailable } from './java.js';
import { assembleServer, isAssembled } from './maven-assembly.js';
import { jvmOptions, writeConf } from './neo4j-conf.js';
import { localPassword } from './password.js';
import { waitUntilReady } from './readiness.js';
import { clearState, isNeo4jProcess, runningServer, writeState, type ServerState } from './server-process.js';
import { withStartLock } from './start-lock.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const INSTALL_HINT =
  'Install Docker, or Java 17+ and Maven (Debian/Ubuntu: apt-get install openjdk-17-jre-headless maven), or set NEO4J_URI.';

function connectionFor(
  config: Config,
  state: Pick<ServerState, 'boltPort' | 'httpPort'>,
  password: string,
): Neo4jConnection {
  const httpUrl = `http://127.0.0.1:${state.httpPort}/`;
  return {
    uri: `bolt://127.0.0.1:${state.boltPort}`,
    user: 'neo4j',
    password,
    database: config.neo4j.database,
    mode: 'local',
    httpUrl,
    browserUrl: `${httpUrl}browser/`,
  };
}

function portTaken(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolvePromise(true)));
    socket.once('error', () => resolvePromise(false));
  });
}

function logTail(home: string): string {
  const lines = ['neo4j.log', 'console.log']
    .map((name) => join(home, 'logs', name))
    .filter((file) => existsSync(file))
    .flatMap((file) => readFileSync(file, 'utf8').trim().split('\n').slice(-8));
  return lines.join('\n');
}

/** The connection of the local server if it is running, without starting anything. */
export async function runningLocalConnection(
  config: Config,
  log: (line: string) => void,
): Promise<Neo4jConnection | undefined> {
  const state = runningServer(config.neo4jHome);
  const java = state && (await findJava(config.javaHome));
  if (!state || !java) return undefined;
  return connectionFor(config, state, await localPassword(config, java, log));
}

/**
 * Starts (or reuses) the server assembled from Maven Central in config.neo4jHome: one JVM running
 * CommunityEntryPoint in daemon mode, detached so it outlives this process; ready once HTTP and Bolt answer.
 */
export async function startLocalServer(
  config: Config,
  options: { log: (line: string) => void; startedBy: string },
): Promise<Neo4jConnection> {
  const { log } = options;
  const home = config.neo4jHome;
  return withStartLock(home, async () => {
    const java = await findJava(config.javaHome);
    if (!java)
      throw new DatabaseUnavailableError(
        `db: no Docker engine answers and no Java 17+ was found. ${INSTALL_HINT}`,
      );
    const running = runningServer(home);
    if (running) {
      const connection = connectionFor(config, running, await localPassword(config, java, log));
      const ready = await waitUntilReady(connection, {
        timeoutMs: 180_000,
        alive: () => isNeo4jProcess(running.pid),
      });
      if (!ready.ready)
        throw new DatabaseUnavailableError(
          `db: the local server (pid ${running.pid}) does not answer: ${ready.reason}`,
        );
      // Someone asked for it outside the tests: the test teardown must no longer stop it.
      if (running.startedBy !== options.startedBy && options.startedBy === 'cli')
        writeState(home, { ...running, startedBy: 'cli' });
      return connection;
    }
    if (!isAssembled(config.root, home)) {
      if (!(await mavenAvailable()))
        throw new DatabaseUnavailableError(
          `db: no Docker engine answers and Maven (mvn) was not found. ${INSTALL_HINT}`,
        );
      await assembleServer(config.root, home, log);
    }
    for (const dir of ['data', 'logs', 'run', 'import', 'plugins'])
      mkdirSync(join(home, dir), { recursive: true });
    const ports = { boltPort: config.boltPort, httpPort: config.httpPort };
    for (const port of [ports.boltPort, ports.httpPort])
      if (await portTaken(port))
        throw new DatabaseUnavailableError(
          `db: port ${port} on 127.0.0.1 is already in use by another program. Stop it, or set KG_BOLT_PORT / KG_HTTP_PORT.`,
        );
    const confText = writeConf(config.root, home, {
      ...ports,
      browserPostConnectCmd: config.browserPostConnectCmd,
    });
    const password = await localPassword(config, java, log);
    log(`db: starting Neo4j (${java.java}, Java ${java.major}) in ${home}…`);
    const out = openSync(join(home, 'logs', 'console.log'), 'a');
    const child = spawn(
      java.java,
      [
        '-cp',
        ['plugins', 'conf', 'lib'].map((dir) => join(home, dir, '*')).join(':'),
        ...jvmOptions(confText),
        'org.neo4j.server.CommunityEntryPoint',
        `--home-dir=${home}`,
        `--config-dir=${join(home, 'conf')}`,
      ],
      { cwd: home, detached: true, stdio: ['ignore', out, out] },
    );
    closeSync(out);
    child.unref();
    if (!child.pid) throw new DatabaseUnavailableError(`db: could not launch ${java.java}.`);
    const pid = child.pid;
    writeState(home, { pid, ...ports, startedBy: options.startedBy, startedAt: new Date().toISOString() });
    const connection = connectionFor(config, ports, password);
    const ready = await waitUntilReady(connection, { timeoutMs: 180_000, alive: () => isNeo4jProcess(pid) });
    if (ready.ready) return connection;
    await stopPid(pid, 30_000);
    clearState(home);
    throw new DatabaseUnavailableError(
      `db: the local Neo4j did not come up: ${ready.reason}. Logs: ${join(home, 'logs')}\n${logTail(home)}`,
    );
  });
}

async function stopPid(pid: number, timeoutMs: number): Promise<boolean> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return true;
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isNeo4jProcess(pid)) return true;
    await sleep(200);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
  return false;
}

/** SIGTERM (Neo4j then shuts the databases down cleanly) and wait; SIGKILL only after 60 s. */
export async function stopLocalServer(config: Config, log: (line: string) => void): Promise<void> {
  const state = runningServer(config.neo4jHome);
  if (!state) {
    log('db: the local Neo4j is not running.');
    return;
  }
  log(`db: stopping the local Neo4j (pid ${state.pid})…`);
  const clean = await stopPid(state.pid, 60_000);
  clearState(config.neo4jHome);
  log(clean ? 'db: stopped.' : 'db: did not stop within 60 s; killed.');
}
