// Two `kg ingest` processes at once over overlapping folders (documents 0–11 and 6–17): the graph ends
// as one run over all 18 leaves it: no duplicate node, every constraint in place, the same counts.
// On a private server (support/private-server.ts), so whole-graph counts mean something.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDriver } from '../../src/db/index.js';
import { graphCounts } from '../../src/load/index.js';
import { ENTITY_TYPES } from '../../src/model/index.js';
import { writeCorpus } from './fixtures/corpus.js';
import { startPrivateServer, type PrivateServer } from './support/private-server.js';
import { neo4jEnv, runKg, spawnKg, type KgRun } from './support/run-kg.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-rel-concurrency-'));
const all = join(dir, 'all');
const left = join(dir, 'left');
const right = join(dir, 'right');
writeCorpus(all, 'rel-conc', 18);
writeCorpus(left, 'rel-conc', 12);
writeCorpus(right, 'rel-conc', 12, 6);

let server: PrivateServer;
let driver: Driver;
let single: Awaited<ReturnType<typeof graphCounts>>;
let runs: KgRun[];

const ARGS = ['--no-analytics', '--json'];
const rows = async (cypher: string) => (await driver.executeQuery(cypher)).records.map((r) => r.toObject());

beforeAll(async () => {
  server = await startPrivateServer();
  driver = createDriver(server.connection);
  const one = await runKg(['ingest', all, ...ARGS], neo4jEnv(server.connection));
  expect(one.code, one.stderr).toBe(0);
  single = await graphCounts(driver);
  await driver.executeQuery('MATCH (n) DETACH DELETE n');
  runs = await Promise.all(
    [left, right].map((folder) => spawnKg(['ingest', folder, ...ARGS], neo4jEnv(server.connection)).done),
  );
}, 600_000);

afterAll(async () => {
  console.log(
    `[concurrency] exits ${runs?.map((r) => r.code).join(', ')}; single run: ${JSON.stringify(single?.labels)}`,
  );
  await driver?.close();
  await server?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('two ingests at once over overlapping folders', () => {
  test('both succeed', () => {
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
  });

  test('no two nodes share an id', async () => {
    const dup = await rows(
      'MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id, c LIMIT 10',
    );
    expect(dup).toEqual([]);
  });

  test('no two relationships of one type join the same pair', async () => {
    const dup = await rows(
      'MATCH (a)-[r]->(b) WITH a.id AS a, type(r) AS t, b.id AS b, count(*) AS c WHERE c > 1 RETURN a, t, b, c LIMIT 10',
    );
    expect(dup).toEqual([]);
  });

  test('a uniqueness constraint on id holds for every label', async () => {
    const constraints = await rows(
      "SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS' AND properties = ['id'] RETURN labelsOrTypes[0] AS label",
    );
    expect(constraints.map((c) => c.label).sort()).toEqual([...ENTITY_TYPES, 'Entity'].sort());
  });

  test('node and relationship counts equal a single run over the union', async () => {
    expect(await graphCounts(driver)).toEqual(single);
  });
});
