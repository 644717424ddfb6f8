import { createServer } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.js';
import { resetConfigCache } from '../../src/config.js';
import { testConnection } from '../support/neo4j.js';
import { kg, withEnv } from './run-kg.js';

// main() reads its settings through loadConfig(), which loads .env once per process and lets
// variables already set win: each test sets NEO4J_* around one call and forgets the cache after.
afterEach(() => resetConfigCache());

/** The shared test server, as environment variables main() will read. */
function testServerEnv(): Record<string, string> {
  const c = testConnection();
  return { NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password, NEO4J_DATABASE: c.database };
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('kg stats', () => {
  test('--json prints counts per label and per relationship type', async () => {
    const { code, stdout, stderr } = await withEnv(testServerEnv(), () => kg('stats', '--json'));
    expect(stderr).toBe('');
    expect(code).toBe(EXIT.ok);
    const counts = JSON.parse(stdout);
    expect(Object.keys(counts).sort()).toEqual(['labels', 'relationships']);
    for (const table of [counts.labels, counts.relationships])
      for (const n of Object.values(table)) expect(Number.isInteger(n)).toBe(true);
  });

  test('the text form is a table with the same numbers', async () => {
    const env = testServerEnv();
    const json = JSON.parse((await withEnv(env, () => kg('stats', '--json'))).stdout);
    const text = (await withEnv(env, () => kg('stats'))).stdout;
    expect(text).toMatch(/^nodes\n/);
    expect(text).toMatch(/^relationships$/m);
    for (const [label, n] of Object.entries(json.labels))
      expect(text).toMatch(new RegExp(`^  ${label} +${n}$`, 'm'));
  });
});

describe('database unavailable exits 3', () => {
  test.each([
    ['stats', '--json'],
    ['export', '--format', 'json'],
    ['remove', 'doc:test-cli-nothing'],
  ])('kg %s with NEO4J_URI on a closed port', async (...argv) => {
    const env = { ...testServerEnv(), NEO4J_URI: `bolt://127.0.0.1:${await closedPort()}` };
    const before = process.env.NEO4J_URI;
    const { code, stdout, stderr } = await withEnv(env, () => kg(...argv));
    expect(process.env.NEO4J_URI).toBe(before);
    expect(code).toBe(EXIT.database);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      new RegExp(`^kg: db: cannot reach Neo4j at ${env.NEO4J_URI} .*NEO4J_URI[^\\n]*\\n$`),
    );
  });

  test('a wrong password is reported the same way, without the password', async () => {
    const env = { ...testServerEnv(), NEO4J_PASSWORD: 'not-the-password-4242' };
    const { code, stderr } = await withEnv(env, () => kg('stats'));
    expect(code).toBe(EXIT.database);
    expect(stderr).not.toContain('not-the-password-4242');
  });
});

describe('input problems exit 1 even with a database', () => {
  test('ingest of a missing path names it', async () => {
    const { code, stderr } = await withEnv(testServerEnv(), () => kg('ingest', 'no-such-folder/'));
    expect(code).toBe(EXIT.input);
    expect(stderr).toBe('kg: no-such-folder/: no such file or folder.\n');
  });
});
