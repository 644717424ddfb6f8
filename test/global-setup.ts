// Gets one Neo4j for the whole run and shares it through project.provide('neo4j'):
// NEO4J_URI, else testcontainers when a Docker engine answers, else src/db's local server.
// Stops only what it started, and only when no other test run on this machine still uses it.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig, type Config } from '../src/config.js';
import { dockerEnvironment } from '../src/db/docker-env.js';
import { databaseStatus, startDatabase, stopDatabase } from '../src/db/index.js';
import { neo4jImage } from '../src/db/neo4j-image.js';
import {
  CONTAINER_BOLT_PORT,
  CONTAINER_HTTP_PORT,
  containerPlacement,
  neo4jSettings,
} from '../src/db/neo4j-settings.js';
import { freePort } from './support/free-port.js';
import type { ProvidedNeo4j } from './support/neo4j.js';

let teardownJob: (() => Promise<void>) | undefined;

async function dockerEngineAnswers(): Promise<boolean> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  return getContainerRuntimeClient().then(
    () => true,
    () => false,
  );
}

/**
 * A throwaway container with the Docker path's environment (src/db/neo4j-settings.ts through
 * docker-env.ts, as docker-compose.yml has it) and the image of neo4j/pom.xml's release. Host ports are
 * chosen free beforehand and published as such, so the server advertises the address it is reached on.
 */
async function fromContainer(config: Config): Promise<ProvidedNeo4j> {
  const { GenericContainer, Wait } = await import('testcontainers');
  const { randomBytes } = await import('node:crypto');
  const password = randomBytes(18).toString('base64url');
  const ports = { boltPort: await freePort(), httpPort: await freePort() };
  const placement = containerPlacement({ ...ports, browserPostConnectCmd: config.browserPostConnectCmd });
  const container = await new GenericContainer(neo4jImage(config.root))
    .withEnvironment({ ...dockerEnvironment(neo4jSettings(placement)), NEO4J_AUTH: `neo4j/${password}` })
    .withExposedPorts(
      { container: CONTAINER_BOLT_PORT, host: ports.boltPort },
      { container: CONTAINER_HTTP_PORT, host: ports.httpPort },
    )
    .withWaitStrategy(Wait.forLogMessage('Started.'))
    .withStartupTimeout(180_000)
    .start();
  teardownJob = async () => void (await container.stop());
  const httpUrl = `http://${container.getHost()}:${ports.httpPort}/`;
  return {
    uri: `bolt://${container.getHost()}:${ports.boltPort}`,
    user: 'neo4j',
    password,
    database: 'neo4j',
    mode: 'container',
    httpUrl,
    browserUrl: `${httpUrl}browser/`,
  };
}

/** One file per running test process in <home>/run/test-leases, so parallel runs share one server. */
function leaseDir(config: Config): string {
  return join(config.neo4jHome, 'run', 'test-leases');
}

function liveLeases(config: Config): string[] {
  return readdirSync(leaseDir(config)).filter((name) => {
    try {
      process.kill(Number(name), 0);
      return true;
    } catch {
      rmSync(join(leaseDir(config), name), { force: true });
      return false;
    }
  });
}

async function fromLocalServer(config: Config): Promise<ProvidedNeo4j> {
  mkdirSync(leaseDir(config), { recursive: true });
  const lease = join(leaseDir(config), String(process.pid));
  writeFileSync(lease, '');
  const connection = await startDatabase(config, { startedBy: 'tests', log: (line) => console.log(line) });
  teardownJob = async () => {
    rmSync(lease, { force: true });
    const status = await databaseStatus(config);
    if (status.mode === 'local' && status.startedBy === 'tests' && liveLeases(config).length === 0)
      await stopDatabase(config, { log: (line) => console.log(line) });
  };
  return connection;
}

async function provision(config: Config): Promise<ProvidedNeo4j> {
  if (config.neo4j.uri) return startDatabase(config);
  if (config.neo4jMode !== 'local' && (await dockerEngineAnswers())) return fromContainer(config);
  return fromLocalServer(config);
}

/** Positional file filters of `vitest run test/parse …` (option values such as `--exclude x` are skipped). */
function cliFilters(argv: string[]): string[] {
  const args = argv.slice(2).filter((arg) => arg !== 'run' && arg !== 'related');
  return args.filter(
    (arg, i) => !arg.startsWith('-') && !(args[i - 1]?.startsWith('-') && !args[i - 1]?.includes('=')),
  );
}

/** False only when we are sure no *.int.test.ts runs, e.g. `vitest run test/parse`: then no server is started. */
async function runNeedsNeo4j(project: TestProject): Promise<boolean> {
  const filters = cliFilters(process.argv);
  if (filters.length === 0) return true;
  const { testFiles } = await project.globTestFiles(filters);
  return testFiles.length === 0 || testFiles.some((file) => file.endsWith('.int.test.ts'));
}

export async function setup(project: TestProject): Promise<void> {
  const config = loadConfig();
  if (!(await runNeedsNeo4j(project))) {
    project.provide('neo4j', { error: 'this run has no *.int.test.ts files, so no server was started' });
    return;
  }
  try {
    project.provide('neo4j', await provision(config));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // In CI a missing database fails the whole run; locally unit tests still run and every
    // *.int.test.ts fails with this message (testConnection throws), none is skipped.
    if (config.ci) throw error;
    console.error(`\n[global-setup] no Neo4j: ${message}\n`);
    project.provide('neo4j', { error: message });
  }
}

export async function teardown(): Promise<void> {
  await teardownJob?.();
}
