// `kg ingest` on what users really have in their folders, run as a child process exactly like
// bin/kg.mjs: each bad file is named with its reason, the good files beside it are loaded, nothing of
// a bad file reaches the graph, and the 50 MB file is refused without being read into memory.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { removeDocument } from '../../src/load/index.js';
import { documentId } from '../../src/parse/index.js';
import { testConnection, testDriver } from '../support/neo4j.js';
import { BAD_FILES, GOOD_FILES, OTHER_FILES, SEED, writeMixedFolder } from './fixtures/bad-files.js';
import { neo4jEnv, runKg, type KgRun } from './support/run-kg.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-rel-bad-'));
const mixed = join(dir, 'mixed');
const loops = join(dir, 'loops');
const LOOP_GOOD = 'rel-bad-loop-good.txt';
const ALL_IDS = [...Object.keys(BAD_FILES), ...GOOD_FILES, LOOP_GOOD].map((f) => documentId(f));
const STACK_FRAME = /\n\s+at .+:\d+:\d+\)?/;

let driver: Driver;
let env: NodeJS.ProcessEnv;
let run: KgRun;
let baseline: KgRun;

const cleanGraph = async () => {
  for (const id of ALL_IDS) await removeDocument(driver, id);
};

/** Everything of document `id` in the graph: its Document node, and nodes or relationships citing it. */
async function traces(id: string): Promise<number> {
  const { records } = await driver.executeQuery(
    `OPTIONAL MATCH (d:Document {id: $id}) WITH count(d) AS docs
     OPTIONAL MATCH (n) WHERE $id IN coalesce(n.documents, []) WITH docs, count(n) AS nodes
     OPTIONAL MATCH ()-[r]->() WHERE $id IN coalesce(r.documents, []) OR $id IN coalesce(r.evidenceDocuments, [])
     WITH docs, nodes, count(r) AS rels
     RETURN docs + nodes + rels AS n`,
    { id },
  );
  return Number(records[0]!.get('n'));
}

const output = (r: KgRun) => `${r.stdout}\n${r.stderr}`;

beforeAll(async () => {
  driver = testDriver();
  env = neo4jEnv(testConnection());
  await cleanGraph();
  writeMixedFolder(mixed);
  mkdirSync(join(loops, 'sub'), { recursive: true });
  copyFileSync(SEED, join(loops, LOOP_GOOD));
  symlinkSync('rel-bad-self.txt', join(loops, 'rel-bad-self.txt')); // a file link to itself: ELOOP
  symlinkSync('..', join(loops, 'sub', 'again')); // a folder link back up: loops/sub/again/sub/again/…
  // Baseline memory: the good file alone, in a folder of its own.
  mkdirSync(join(dir, 'baseline'));
  copyFileSync(SEED, join(dir, 'baseline', 'rel-bad-good.txt'));
  baseline = await runKg(['ingest', join(dir, 'baseline'), '--no-analytics'], env);
  await removeDocument(driver, documentId('rel-bad-good.txt'));
  run = await runKg(['ingest', mixed, '--no-analytics'], env);
}, 300_000);

afterAll(async () => {
  await cleanGraph();
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a folder mixing good and bad files', () => {
  const rows = Object.entries(BAD_FILES);
  test.each(rows.filter(([file]) => file !== 'rel-bad-no-event.txt'))(
    '%s is reported by name with its reason (%s)',
    (file, reason) => {
      const line = output(run)
        .split('\n')
        .find((l) => l.includes(join(mixed, file)));
      expect(line, output(run)).toBeDefined();
      expect(line).toMatch(reason);
    },
  );

  // parse() returns a NO_EVENT diagnostic (severity error), but ingest loads the file anyway as a
  // Document with no event and prints nothing about it. Fails until the pipeline reports and skips it.
  test('a file with no recognisable event is reported by name and not loaded', async () => {
    const file = 'rel-bad-no-event.txt';
    const line = output(run)
      .split('\n')
      .find((l) => l.includes(file));
    expect(line, output(run)).toMatch(/event/i);
    expect(await traces(documentId(file))).toBe(0);
  });

  test.each([...GOOD_FILES])(
    '%s (UTF-8, UTF-16 with a BOM, or a saved web page) is still loaded, with its four events',
    async (file) => {
      const { records } = await driver.executeQuery(
        'MATCH (:Document {id: $id})-[:DESCRIBES]->(e:Event) RETURN count(e) AS n',
        { id: documentId(file) },
      );
      expect(Number(records[0]!.get('n'))).toBe(4);
    },
  );

  test.each(rows.map(([file]) => file))('nothing of %s is in the graph', async (file) => {
    expect(await traces(documentId(file))).toBe(0);
  });

  test('files that are neither .txt nor .html are listed as skipped, with their count, and not read', () => {
    const lines = output(run).split('\n');
    const at = lines.findIndex((l) => l.startsWith('skipped: '));
    expect(lines[at], output(run)).toBe(
      `skipped: ${OTHER_FILES.length} files that are neither .txt nor .html`,
    );
    expect(lines.slice(at + 1, at + 1 + OTHER_FILES.length).sort()).toEqual(
      OTHER_FILES.map((f) => `  ${join(mixed, f)}`).sort(),
    );
    expect(output(run)).not.toMatch(/failed: .*(?:notes\.json|README\.md)/);
  });

  test('a saved web page keeps the text its evidence offsets index on its Document node', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (d:Document {id: $id})
       MATCH ()-[r]->() WHERE $id IN coalesce(r.evidenceDocuments, [])
       UNWIND range(0, size(r.evidenceDocuments) - 1) AS i
       WITH d, r, i WHERE r.evidenceDocuments[i] = $id
       RETURN d.format AS format, d.text AS text, r.evidenceStarts[i] AS start, r.evidenceEnds[i] AS end, r.evidenceTexts[i] AS evidence`,
      { id: documentId('rel-bad-good-page.html') },
    );
    expect(records.length).toBeGreaterThan(100);
    const text = records[0]!.get('text') as string;
    expect(records[0]!.get('format')).toBe('html');
    expect(text).not.toMatch(/<p>|Accueil|Région de Kursk/);
    for (const r of records)
      expect(text.slice(Number(r.get('start')), Number(r.get('end')))).toBe(r.get('evidence'));
  });

  test('no stack trace is printed', () => {
    expect(output(run)).not.toMatch(STACK_FRAME);
  });

  // Once failed: ingest set process.exitCode = 1 and main.ts overwrote it with main()'s 0.
  test('the exit code is non-zero because files failed', () => {
    expect(run.code, output(run)).not.toBe(0);
  });

  test('the 50 MB file is refused without being read: peak RSS within 50 MB of a run on the good file alone', () => {
    console.log(
      `[bad-input] peak RSS: good file alone ${baseline.peakRssKb} kB, mixed folder with 50 MB file ${run.peakRssKb} kB`,
    );
    expect(Number.isFinite(run.peakRssKb)).toBe(true);
    expect(run.peakRssKb).toBeLessThan(baseline.peakRssKb + 50 * 1024);
  });
});

describe('paths that cannot be walked', () => {
  test('a path that does not exist: exit 1, the path and the reason named, no stack trace', async () => {
    const missing = join(dir, 'no-such-folder', 'compilation.txt');
    const r = await runKg(['ingest', missing, '--no-analytics'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(missing);
    expect(r.stderr).toMatch(/no such file/i);
    expect(output(r)).not.toMatch(STACK_FRAME);
  });

  // listDocuments (src/pipeline.ts) stats each folder entry without a catch: ELOOP escapes as a plain
  // Error, the CLI prints "kg: unexpected error" with a stack, and the good file beside it is not loaded.
  // Fails until the walk reports the link (InputError naming it) and carries on.
  test('a symlink loop is reported by name and the good file beside it is still loaded', async () => {
    const r = await runKg(['ingest', loops, '--no-analytics'], env);
    expect(output(r)).not.toMatch(STACK_FRAME);
    expect(output(r)).toContain('rel-bad-self.txt');
    expect(await traces(documentId(LOOP_GOOD))).toBeGreaterThan(0);
  });
});
