import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { removeDocument } from '../../src/load/index.js';
import { ingest } from '../../src/pipeline.js';
import { graphSnapshot } from '../load/graph-snapshot.js';
import { testDriver } from '../support/neo4j.js';

// The seed under a file name of our own: its Document id is ours to remove, whoever else loads the seed.
const DOC = 'doc:test-pipeline-seed';
const dir = mkdtempSync(join(tmpdir(), 'kg-pipeline-'));
const seed = join(dir, 'test-pipeline-seed.txt');
copyFileSync('fixtures/000_3e7985f103b3e583.txt', seed);

let driver: Driver;
const query = async (text: string) =>
  (await driver.executeQuery(text, { doc: DOC })).records.map((r) => r.toObject());

beforeAll(async () => {
  driver = testDriver();
  await removeDocument(driver, DOC);
  await ingest([dir], { driver });
});
afterAll(async () => {
  await removeDocument(driver, DOC);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the seed in Neo4j', () => {
  test('Makhonin HOLDS_POSITION Territoire de Perm, with the sentence that says so', async () => {
    const rows = await query(`
      MATCH (p:Person)-[r:HOLDS_POSITION]->(t:Region)
      WHERE p.name CONTAINS 'Makhonin' AND toLower(t.name) CONTAINS 'perm' AND $doc IN r.documents
      RETURN t.name AS target, r.title AS title, r.evidenceTexts AS texts, r.evidenceDocuments AS docs`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.target).toMatch(/territoire de perm/i);
    expect((rows[0]!.texts as string[]).some((t) => /gouverneur/i.test(t) && t.includes('Makhonin'))).toBe(
      true,
    );
    expect(rows[0]!.docs).toContain(DOC);
  });

  test('Poutine PARTICIPATED_IN all five events', async () => {
    const rows = await query(`
      MATCH (:Document {id: $doc})-[:DESCRIBES]->(e:Event)
      OPTIONAL MATCH (p:Person)-[:PARTICIPATED_IN]->(e) WHERE p.name CONTAINS 'Poutine'
      RETURN e.id AS event, count(p) AS poutine ORDER BY event`);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => Number(r.poutine) === 1)).toBe(true);
  });

  test('the 56th regiment is PART_OF the 7th division', async () => {
    const rows = await query(`
      MATCH (a:MilitaryUnit)-[r:PART_OF]->(b:MilitaryUnit) WHERE $doc IN r.documents
        AND a.name =~ '(?i).*\\\\b56.*' AND b.name =~ '(?i).*\\\\b7.*division.*'
      RETURN a.name AS a, b.name AS b`);
    expect(rows.length).toBeGreaterThan(0);
  });

  test('the figure 12% MEASURES Perm and is STATED by Makhonin', async () => {
    const rows = await query(`
      MATCH (f:Figure)-[:MEASURES]->(t) WHERE $doc IN f.documents AND f.value = 12 AND toLower(t.name) CONTAINS 'perm'
      MATCH (p:Person)-[:STATED]->(f) WHERE p.name CONTAINS 'Makhonin'
      RETURN f.unit AS unit, t.name AS target`);
    expect(rows.length).toBeGreaterThan(0);
  });

  test('every entity and event has degree, PageRank and community', async () => {
    const rows = await query(`
      MATCH (n) WHERE (n:Entity OR n:Event) AND $doc IN n.documents
      RETURN count(n) AS all, count(n.pagerank) AS ranked, count(n.community) AS grouped`);
    expect(Number(rows[0]!.all)).toBeGreaterThan(0);
    expect(rows[0]!.ranked).toEqual(rows[0]!.all);
    expect(rows[0]!.grouped).toEqual(rows[0]!.all);
  });
});

describe('ingesting again', () => {
  test('an unchanged file is skipped, and forcing a reload changes no count and no property', async () => {
    const before = await graphSnapshot(driver, [DOC]);
    const again = await ingest([dir], { driver });
    expect(again.documents).toMatchObject({ read: 1, skipped: 1, loaded: 0 });
    const forced = await ingest([dir], { driver, force: true, analytics: false });
    expect(forced.documents.loaded).toBe(1);
    expect(await graphSnapshot(driver, [DOC])).toEqual(before);
  });

  test('a changed file replaces its facts: the figure it no longer states is gone', async () => {
    const text = readFileSync(seed, 'utf8');
    writeFileSync(seed, text.replace(/[^\n]*a augmenté de 12% en 2024[^\n]*\n/, ''));
    const summary = await ingest([dir], { driver });
    expect(summary.documents.loaded).toBe(1);
    const figures = await query(
      'MATCH (f:Figure) WHERE $doc IN f.documents AND f.value = 12 RETURN f.id AS id',
    );
    expect(figures).toEqual([]);
    const stale = await query(`
      MATCH ()-[r]->() WHERE $doc IN r.documents AND any(t IN r.evidenceTexts WHERE t CONTAINS 'a augmenté de 12% en 2024')
      RETURN count(r) AS c`);
    expect(Number(stale[0]!.c)).toBe(0);
  });
});
