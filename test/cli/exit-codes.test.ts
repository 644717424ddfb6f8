import neo4j from 'neo4j-driver';
import { createServer } from 'node:net';
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { EXIT, exitCodeFor } from '../../src/cli/exit-codes.js';
import { errorLine } from '../../src/cli/output.js';
import { DatabaseUnavailableError, InputError, KgError, UsageError } from '../../src/errors.js';
import { LoadError } from '../../src/load/index.js';

/** A port nothing listens on: bind an ephemeral one, then free it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The error neo4j-driver really throws when no server answers on the Bolt port. */
async function serviceUnavailable(): Promise<Error> {
  const driver = neo4j.driver(`bolt://127.0.0.1:${await closedPort()}`, neo4j.auth.basic('neo4j', 'x'));
  try {
    await driver.verifyConnectivity();
    throw new Error('a closed port answered');
  } catch (error) {
    return error as Error;
  } finally {
    await driver.close();
  }
}

const enoent = () => readFile('no-such-dir/no-such-file.txt').catch((e: Error) => e);

describe('exitCodeFor', () => {
  test.each<[string, () => Promise<unknown> | unknown, number]>([
    [
      'UsageError (ingest --batch 0)',
      () => new UsageError('ingest: --batch must be a positive integer'),
      EXIT.usage,
    ],
    [
      'InputError (unreadable document)',
      () => new InputError('a.txt', 'cannot be read (ENOENT).'),
      EXIT.input,
    ],
    ['a Node file error with its path (eval --dir nope)', enoent, EXIT.input],
    ['another KgError (bad config)', () => new KgError('CONFIG', 'config: PORT is not a number'), EXIT.input],
    [
      'DatabaseUnavailableError from src/db',
      () => new DatabaseUnavailableError('db: cannot reach Neo4j'),
      EXIT.database,
    ],
    ['neo4j-driver ServiceUnavailable on a closed port', serviceUnavailable, EXIT.database],
    [
      'neo4j-driver SessionExpired',
      () => new neo4j.Neo4jError('gone', neo4j.error.SESSION_EXPIRED, '08N00', 'connection exception'),
      EXIT.database,
    ],
    [
      'ServiceUnavailable wrapped by LoadError',
      async () => new LoadError('UNWIND $rows AS row', await serviceUnavailable()),
      EXIT.database,
    ],
    [
      'a Cypher syntax error is not unavailability',
      () => new neo4j.Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', '42001', 'syntax error'),
      EXIT.input,
    ],
    ['a bug', () => new TypeError("Cannot read properties of undefined (reading 'map')"), EXIT.input],
  ])('%s', async (_name, make, code) => {
    expect(exitCodeFor(await make())).toBe(code);
  });
});

describe('errorLine', () => {
  test('is one line starting with kg:, for every kind of failure', async () => {
    const errors = [
      new LoadError('UNWIND $rows AS row\nMERGE (n:Person {id: row.id})', new Error('boom\nsecond line')),
      await serviceUnavailable(),
      await enoent(),
      new TypeError('x is undefined'),
    ];
    for (const error of errors) expect(errorLine(error)).toMatch(/^kg: [^\n]+$/);
  });

  test('names the path of a Node file error the way InputError does', async () => {
    expect(errorLine(await enoent())).toBe('kg: no-such-dir/no-such-file.txt: no such file or folder.');
  });

  test('points a raw driver failure at kg db status', async () => {
    expect(errorLine(await serviceUnavailable())).toMatch(
      /^kg: db: Neo4j is unavailable \(ServiceUnavailable\): .*kg db status/,
    );
  });

  test('calls an unexpected error a bug and offers --debug', () => {
    expect(errorLine(new TypeError('x is undefined'))).toBe(
      'kg: unexpected error: x is undefined (run with --debug for the stack)',
    );
  });
});
