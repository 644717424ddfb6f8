// Against the running server: auth is always on, and the password (the one .env or the environment
// gives) appears in no output of `kg`, no error, no GraphQL reply and no tracked file.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import neo4j, { type AuthToken } from 'neo4j-driver';
import { describe, expect, test } from 'vitest';
import { createApi, listen } from '../../src/api/index.js';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/db/index.js';
import { testConnection, testMode } from '../support/neo4j.js';
import { post } from './support/graphql.js';
import { neo4jEnv, runKg } from './support/run-kg.js';

const connection = testConnection();
const password = connection.password;

// The Bolt "none" scheme: a client that offers no credentials at all.
const NO_AUTH: AuthToken = { scheme: 'none', principal: '', credentials: '' };

const refused = async (auth: AuthToken) => {
  const driver = neo4j.driver(connection.uri, auth, { maxConnectionPoolSize: 1, maxTransactionRetryTime: 0 });
  try {
    await driver.executeQuery('RETURN 1', {}, { database: connection.database });
    return { refused: false, code: '' };
  } catch (error) {
    return { refused: true, code: (error as { code?: string }).code ?? String(error) };
  } finally {
    await driver.close();
  }
};

describe('Neo4j auth is always on', () => {
  test('a Bolt connection without credentials is refused', async () => {
    expect(await refused(NO_AUTH)).toMatchObject({
      refused: true,
      code: expect.stringMatching(/Unauthorized|Security/),
    });
  });

  test('a wrong password is refused; the right one is accepted', async () => {
    expect((await refused(neo4j.auth.basic(connection.user, `${password}-wrong`))).refused).toBe(true);
    expect((await refused(neo4j.auth.basic(connection.user, password))).refused).toBe(false);
  });
});

describe('the password appears nowhere', () => {
  test('the password is a real one (not empty), so the checks below mean something', () => {
    expect(password.length).toBeGreaterThanOrEqual(8);
  });

  test.each([
    ['kg db status', ['db', 'status']],
    ['kg db status --json', ['db', 'status', '--json']],
    ['kg db start (reuses the running server)', ['db', 'start']],
    ['kg stats', ['stats']],
  ])('%s', async (_name, args) => {
    const r = await runKg(args, neo4jEnv(connection));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toContain(password);
  });

  test('kg against an unreachable server: exit 3, a clear message, no password', async () => {
    const r = await runKg(['stats'], { ...neo4jEnv(connection), NEO4J_URI: 'bolt://127.0.0.1:9' });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot reach Neo4j/);
    expect(r.stdout + r.stderr).not.toContain(password);
  });

  test('kg with a wrong password: exit 3, and neither password is printed', async () => {
    const wrong = `${password}-typo`;
    const r = await runKg(['stats'], { ...neo4jEnv(connection), NEO4J_PASSWORD: wrong });
    expect(r.code).toBe(3);
    expect(r.stdout + r.stderr).not.toContain(password);
  });

  test('a GraphQL request while the database is unreachable gets a masked error without the password', async () => {
    // No retries: the driver would otherwise keep trying a closed port for 30 s.
    const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic(connection.user, password), {
      maxTransactionRetryTime: 0,
    });
    try {
      const api = await createApi({ driver });
      const reply = await post(api, '{ search(text: "Poutine") { id } }');
      expect(reply.body.errors?.[0]?.message).toBe('Unexpected error.');
      expect(reply.raw).not.toContain(password);
      expect(reply.raw).not.toContain('bolt://');
    } finally {
      await driver.close();
    }
  });

  // It once failed: the benchmarks' Neo4j homes (.neo4j-bench*/password, auth.ini) had been committed.
  test('no tracked file holds the password', () => {
    const hits = spawnSync('git', ['grep', '-l', '-F', password], { encoding: 'utf8' });
    expect(hits.stdout.trim()).toBe('');
  });

  test("the local server's logs do not hold it", () => {
    const logs = join(loadConfig().neo4jHome, 'logs');
    if (testMode() !== 'local' || !existsSync(logs)) return;
    for (const file of readdirSync(logs))
      expect(readFileSync(join(logs, file), 'utf8').includes(password), file).toBe(false);
  });
});

describe('servers bind to loopback', () => {
  test('the GraphQL server listens on 127.0.0.1 by default', async () => {
    const driver = createDriver(connection);
    try {
      const { server } = await listen(await createApi({ driver }), { port: 0 });
      const address = server.address();
      await new Promise((r) => server.close(r));
      expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    } finally {
      await driver.close();
    }
  });

  test("Neo4j's Bolt port does not answer on this machine's other addresses", async () => {
    const port = Number(new URL(connection.uri).port || 7687);
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && i.family === 'IPv4' && !i.internal)
      .map((i) => i!.address);
    for (const host of external) {
      const answered = await new Promise<boolean>((resolve) => {
        const socket = createConnection({ host, port, timeout: 2000 });
        socket.once('connect', () => (socket.destroy(), resolve(true)));
        socket.once('error', () => resolve(false));
        socket.once('timeout', () => (socket.destroy(), resolve(false)));
      });
      // Ours publish on 127.0.0.1 only (conf template, docker-compose.yml); testcontainers' and NEO4J_URI's are not ours.
      if (['local', 'docker'].includes(testMode())) expect(answered, `${host}:${port}`).toBe(false);
    }
  });
});
