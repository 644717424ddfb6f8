// Neo4j dies in the middle of `kg ingest` (SIGKILL of the server, as when the machine or container
// goes): the run fails with a clear message and a non-zero exit, the graph holds only whole documents,
// and re-running after a restart completes the rest with the counts of an uninterrupted run.
// The server killed is a private one (support/private-server.ts): the shared one stays up throughout.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDriver } from '../../src/db/index.js';
import { graphCounts } from '../../src/load/index.js';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeCorpus } from './fixtures/corpus.js';
import { startPrivateServer, type PrivateServer } from './support/private-server.js';
import { neo4jEnv, runKg, spawnKg, type KgRun } from './support/run-kg.js';

const DOCS = 12;
const dir = mkdtempSync(join(tmpdir(), 'kg-rel-faults-'));
const corpus = join(dir, 'corpus');
writeCorpus(corpus, 'rel-fault', DOCS);

let server: PrivateServer;
let reference: Awaited<ReturnType<typeof snapshot>>;
let interrupted: KgRun;
let killedAfter = 0;
let afterKill: Awaited<ReturnType<typeof snapshot>>;
const STACK_FRAME = /\n\s+at .+:\d+:\d+\)?/;

const withDriver = async <T>(fn: (driver: Driver) => Promise<T>): Promise<T> => {
  const driver = createDriver(server.connection);
  try {
    return await fn(driver);
  } finally {
    await driver.close();
  }
};

/** Whole-graph counts plus, per document, how many nodes and relationships cite it. */
const snapshot = () =>
  withDriver(async (driver) => {
    const { records } = await driver.executeQuery(
      `MATCH (d:Document)
       CALL (d) { MATCH (n) WHERE d.id IN coalesce(n.documents, []) RETURN count(n) AS nodes }
       CALL (d) { MATCH ()-[r]->() WHERE d.id IN coalesce(r.documents, []) RETURN count(r) AS rels }
       CALL (d) { MATCH (d)-[:DESCRIBES]->(e) RETURN count(e) AS events }
       RETURN d.id AS id, nodes, rels, events ORDER BY id`,
    );
    const perDocument = Object.fromEntries(
      records.map((r) => [
        r.get('id') as string,
        { nodes: Number(r.get('nodes')), rels: Number(r.get('rels')), events: Number(r.get('events')) },
      ]),
    );
    return { counts: await graphCounts(driver), perDocument };
  });

const wipe = () => withDriver((driver) => driver.executeQuery('MATCH (n) DETACH DELETE n'));

const loadedDocuments = () =>
  withDriver(async (driver) =>
    Number((await driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n')).records[0]!.get('n')),
  );

const ingestArgs = ['ingest', corpus, '--no-analytics', '--batch', '1', '--json'];

beforeAll(async () => {
  server = await startPrivateServer();
  const whole = await runKg(ingestArgs, neo4jEnv(server.connection));
  expect(whole.code, whole.stderr).toBe(0);
  reference = await snapshot();
  await wipe();

  // Kill once a few documents are committed, so the kill lands mid-run with most still to write.
  const run = spawnKg(ingestArgs, neo4jEnv(server.connection));
  for (;;) {
    const n = await loadedDocuments().catch(() => 0);
    if (n >= 3) {
      killedAfter = n;
      server.kill();
      break;
    }
    if (run.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  interrupted = await run.done;
  await server.restart();
  afterKill = await snapshot();
}, 900_000);

afterAll(async () => {
  console.log(
    `[faults] 1 SIGKILL after ${killedAfter} of ${DOCS} documents; ${Object.keys(afterKill?.perDocument ?? {}).length} whole documents survived; exit ${interrupted?.code}`,
  );
  console.log(
    `[faults] the interrupted run said: ${interrupted?.stderr.trim().split('\n').slice(-3).join(' | ')}`,
  );
  await server?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('Neo4j killed in the middle of an ingest', () => {
  test('the kill landed mid-run', () => {
    expect(killedAfter).toBeGreaterThanOrEqual(3);
    expect(Object.keys(afterKill.perDocument).length).toBeLessThan(DOCS);
  });

  test('the run exits non-zero', () => {
    expect(interrupted.code, interrupted.stdout + interrupted.stderr).not.toBe(0);
  });

  test('with one clear line saying the database went away, and no stack trace', () => {
    const said = `${interrupted.stdout}\n${interrupted.stderr}`;
    expect(said).toMatch(/neo4j|database|connection|unavailable/i);
    expect(said).not.toMatch(STACK_FRAME);
  });

  test('the graph holds only whole documents: each one as in the uninterrupted run', () => {
    for (const [id, share] of Object.entries(afterKill.perDocument)) {
      expect(reference.perDocument[id], id).toBeDefined();
      expect(share.events, `${id} events`).toBe(reference.perDocument[id]!.events);
      expect(share.nodes, `${id} nodes`).toBe(reference.perDocument[id]!.nodes);
      expect(share.rels, `${id} relationships`).toBe(reference.perDocument[id]!.rels);
    }
  });

  test('re-running after the restart completes the rest, with the same final counts as an uninterrupted run', async () => {
    const rerun = await runKg(ingestArgs, neo4jEnv(server.connection));
    expect(rerun.code, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout) as { documents: { skipped: number; loaded: number } };
    expect(summary.documents.skipped).toBe(Object.keys(afterKill.perDocument).length);
    expect(summary.documents.skipped + summary.documents.loaded).toBe(DOCS);
    expect(await snapshot()).toEqual(reference);
  }, 300_000);
});
