import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApi, type Api } from '../../src/api/index.js';
import { removeDocument } from '../../src/load/index.js';
import { ingest } from '../../src/pipeline.js';
import { testConnection, testDriver } from '../support/neo4j.js';
import { docExamples, excerptValues } from './doc-examples.js';

// The README's examples stay true: every ```graphql and ```cypher block of docs/walkthrough.md runs
// against the seed (loaded under a file name of our own, removed after) and must answer with rows,
// and the names its excerpts show must be in the real answer.
const DOC = 'doc:test-walkthrough-seed';
const dir = mkdtempSync(join(tmpdir(), 'kg-walkthrough-'));
copyFileSync('fixtures/000_3e7985f103b3e583.txt', join(dir, 'test-walkthrough-seed.txt'));

const examples = docExamples(readFileSync('docs/walkthrough.md', 'utf8'));
const graphql = examples.filter((e) => e.lang === 'graphql');
const cypher = examples.filter((e) => e.lang === 'cypher');

let driver: Driver;
let api: Api;

beforeAll(async () => {
  driver = testDriver();
  await removeDocument(driver, DOC);
  await ingest([dir], { driver, database: testConnection().database });
  api = await createApi({ driver, database: testConnection().database });
});
afterAll(async () => {
  await removeDocument(driver, DOC);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Neo4j ints and nested values as plain JSON, so cells compare as text. */
const plain = (value: unknown): unknown =>
  JSON.parse(
    JSON.stringify(value, (_k, v) =>
      typeof v === 'object' && v && 'low' in v && 'high' in v ? Number(v) : v,
    ),
  );

describe('docs/walkthrough.md GraphQL', () => {
  test.each(graphql.map((e) => [e.section, e] as const))('%s', async (_section, example) => {
    const response = await api.yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: example.code }),
    });
    const { data, errors } = (await response.json()) as {
      data?: Record<string, unknown[]>;
      errors?: unknown[];
    };
    expect(errors).toBeUndefined();
    for (const [field, rows] of Object.entries(data!)) expect(rows, field).not.toHaveLength(0);
    const answer = JSON.stringify(data);
    for (const value of excerptValues(example.excerpt ?? ''))
      expect(answer, 'shown in the excerpt').toContain(JSON.stringify(value));
  });
});

describe('docs/walkthrough.md Cypher', () => {
  test.each(cypher.map((e) => [e.section, e] as const))('%s', async (_section, example) => {
    const database = testConnection().database;
    const params = example.params
      ? (await driver.executeQuery(`RETURN ${example.params} AS params`, {}, { database })).records[0]!.get(
          'params',
        )
      : {};
    const { records } = await driver.executeQuery(example.code, params, { database, routing: 'READ' });
    expect(records.length).toBeGreaterThan(0);
    // The table's first column, as printed (cells cut with "…" left out), must be among the answers.
    const firstColumn = new Set(records.map((r) => String(plain(r.get(0)))));
    for (const row of example.table ?? []) {
      const cell = row[0]!;
      if (cell && !cell.includes('…')) expect([...firstColumn], 'shown in the table').toContain(cell);
    }
  });
});
