import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../bench/corpus/generate-corpus.js';
import { main } from '../../src/cli/main.js';
import { testConnection } from '../support/neo4j.js';

// One generated document under a name of our own; the CLI reaches the test server through NEO4J_URI.
const dir = mkdtempSync(join(tmpdir(), 'kg-cli-'));
const DOC = 'doc:test-cli-generated';
writeFileSync(join(dir, 'test-cli-generated.txt'), generateCorpus(1, 424242)[0]!.text);
mkdirGold();

function mkdirGold() {
  // gold files next to the documents must be ignored, as in fixtures/
  rmSync(join(dir, 'gold'), { recursive: true, force: true });
  const gold = join(dir, 'gold');
  mkdirSync(gold);
  writeFileSync(join(gold, 'test-cli-generated.gold.json'), '{}');
}

async function kg(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  const c = testConnection();
  Object.assign(process.env, {
    NEO4J_URI: c.uri,
    NEO4J_USER: c.user,
    NEO4J_PASSWORD: c.password,
    NEO4J_DATABASE: c.database,
  });
  await kg('remove', DOC);
});
afterAll(async () => {
  await kg('remove', DOC);
  rmSync(dir, { recursive: true, force: true });
});

describe('kg ingest, stats, export, remove', () => {
  test('ingest loads the folder’s .txt documents, then skips them when unchanged', async () => {
    const first = await kg('ingest', dir, '--json', '--merge-log', join(dir, 'merges.json'));
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).documents).toEqual({ read: 1, skipped: 0, loaded: 1, failed: 0 });
    expect(JSON.parse(readFileSync(join(dir, 'merges.json'), 'utf8'))).toHaveProperty('rejected');
    const again = await kg('ingest', dir, '--json');
    expect(JSON.parse(again.stdout).documents).toEqual({ read: 1, skipped: 1, loaded: 0, failed: 0 });
    const text = await kg('ingest', dir);
    expect(text.stdout).toMatch(/^documents: 1 read, 1 unchanged \(skipped\), 0 loaded, 0 failed$/m);
  });

  test('stats --json counts nodes per label and relationships per type', async () => {
    const { stdout, code } = await kg('stats', '--json');
    expect(code).toBe(0);
    const stats = JSON.parse(stdout);
    expect(stats.labels.Document).toBeGreaterThanOrEqual(1);
    expect(stats.relationships.DESCRIBES).toBeGreaterThanOrEqual(1);
  });

  test('export writes GraphML holding our document', async () => {
    const out = join(dir, 'graph.graphml');
    expect((await kg('export', '--format', 'graphml', '--out', out)).code).toBe(0);
    const xml = readFileSync(out, 'utf8');
    expect(xml).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"');
    expect(xml).toContain(`<node id="${DOC}">`);
  });

  test('remove takes the document out; a second remove finds nothing', async () => {
    expect((await kg('remove', DOC)).stdout).toMatch(/removed/);
    expect((await kg('remove', DOC)).stdout).toMatch(/not in the graph/);
  });

  test('a bad --format is a usage error', async () => {
    expect((await kg('export', '--format', 'pdf')).code).toBe(2);
  });
});
