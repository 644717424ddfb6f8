// Gets one Neo4j for the whole run and shares it through project.provide('neo4j'):
// NEO4J_URI, else testcontainers when a Docker engine answers, else src/db's local server.
// Stops only what it started, and only when no other test run on this machine still uses it.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig, type Config } from '../src/config.js';
import { databaseStatus, startDatabase, stopDatabase } from '../src/db/index.js';
import type { ProvidedNeo4j } from './support/neo4j.js';

let teardownJob: (() => Promise<void>) | undefined;

async function dockerEngineAnswers(): Promise<boolean> {
  const { getContainerRuntimeClient } = await import('testcontainers');
  return getContainerRuntimeClient().then(
    () => true,
    () => false,
  );
}

async function fromContainer(): Promise<ProvidedNeo4j> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const { randomBytes } = await import('node:crypto');
  const container = await new Neo4jContainer('neo4j:5.26-community')
    .withPassword(randomBytes(18).toString('base64url'))
    .withApoc()
    .start();
  teardownJob = async () => void (await container.stop());
  const httpUrl = container.getHttpUri().replace(/\/?$/, '/');
  return {
    uri: container.getBoltUri(),
    user: container.getUsername(),
    password: container.getPassword(),
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
  if (config.neo4jMode !== 'local' && (await dockerEngineAnswers())) return fromContainer();
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
