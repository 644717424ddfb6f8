import { join } from 'node:path';
import type { Config } from '../config.js';
import { DatabaseUnavailableError } from '../errors.js';
import type { Neo4jConnection } from './connection.js';
import { neo4jImage } from './neo4j-image.js';
import { dockerPassword } from './password.js';
import { waitUntilReady } from './readiness.js';
import { runCommand } from './run-command.js';

export type DockerEngine = { answers: true; version: string } | { answers: false; reason: string };

/** Whether a Docker engine answers, and if not why. With the CLI but no daemon (our dev machines) this takes ~0.1 s. */
export async function dockerEngine(): Promise<DockerEngine> {
  const result = await runCommand('docker', ['info', '--format', '{{.ServerVersion}}'], {
    timeoutMs: 10_000,
  });
  const version = result.stdout.trim();
  if (result.code === 0 && version !== '') return { answers: true, version };
  // `docker info` prints the client part, then "Cannot connect to the Docker daemon at …" on stderr.
  const reason = result.stderr.trim().split('\n').filter(Boolean).at(-1);
  return { answers: false, reason: reason || `docker info exited with ${result.code}` };
}

/** True when a Docker engine answers. */
export async function dockerEngineAnswers(): Promise<boolean> {
  return (await dockerEngine()).answers;
}

/** What docker-compose.yml leaves to `up`, from config.ts as the local server's neo4j.conf gets it. */
export function composeVariables(config: Config): Record<string, string> {
  return {
    KG_BOLT_PORT: String(config.boltPort),
    KG_HTTP_PORT: String(config.httpPort),
    // Empty: the image's entrypoint writes no line, as neo4j.conf leaves it commented out.
    KG_BROWSER_POST_CONNECT_CMD: config.browserPostConnectCmd ?? '',
  };
}

function compose(config: Config, args: string[], password?: string) {
  return runCommand('docker', ['compose', '-f', join(config.root, 'docker-compose.yml'), ...args], {
    cwd: config.root,
    env: {
      ...process.env,
      // docker-compose.yml requires NEO4J_PASSWORD even for `ps` and `stop`, which do not use it.
      NEO4J_PASSWORD: password ?? config.neo4j.password ?? 'unused-by-this-command',
      ...composeVariables(config),
    },
  });
}

function dockerConnection(config: Config, password: string): Neo4jConnection {
  const httpUrl = `http://127.0.0.1:${config.httpPort}/`;
  return {
    uri: `bolt://127.0.0.1:${config.boltPort}`,
    user: 'neo4j',
    password,
    database: config.neo4j.database,
    mode: 'docker',
    httpUrl,
    browserUrl: `${httpUrl}browser/`,
  };
}

/** True when the compose service `neo4j` is running. */
export async function dockerServiceRunning(config: Config): Promise<boolean> {
  const result = await compose(config, ['ps', '--status', 'running', '-q', 'neo4j']);
  return result.code === 0 && result.stdout.trim() !== '';
}

/** `docker compose up -d --wait` (idempotent: a running container is left as is), then waits for Bolt. */
export async function startDocker(config: Config, log: (line: string) => void): Promise<Neo4jConnection> {
  const password = dockerPassword(config);
  log(`db: starting ${neo4jImage(config.root)} with docker compose…`);
  const result = await compose(config, ['up', '-d', '--wait'], password);
  if (result.code !== 0)
    throw new DatabaseUnavailableError(
      `db: docker compose up failed (exit ${result.code}): ${result.stderr.trim().split('\n').slice(-5).join(' ')}`,
    );
  const connection = dockerConnection(config, password);
  const ready = await waitUntilReady(connection, { timeoutMs: 180_000 });
  if (!ready.ready)
    throw new DatabaseUnavailableError(
      `db: the Docker Neo4j does not answer: ${ready.reason}. If its volume was created with another password, ` +
        `run \`docker compose down -v\` (deletes the data) or put that password in .env.`,
    );
  return connection;
}

export async function stopDocker(config: Config, log: (line: string) => void): Promise<void> {
  log('db: stopping the Docker Neo4j (data stays in the named volume)…');
  await compose(config, ['stop']);
}

/** Connection details of the running Docker service (password from .env). */
export function runningDockerConnection(config: Config): Neo4jConnection {
  return dockerConnection(config, config.neo4j.password ?? '');
}
