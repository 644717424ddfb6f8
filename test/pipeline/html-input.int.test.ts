import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { removeDocument } from '../../src/load/index.js';
import { htmlText } from '../../src/parse/index.js';
import { ingest, type IngestSummary } from '../../src/pipeline.js';
import { testDriver } from '../support/neo4j.js';

// The kremlin.ru-like page of fixtures/html and its text version under names of our own, so that their
// Document ids are ours to remove; a stray file beside them that is neither .txt nor .html.
const PAGE = 'fixtures/html/tatarstan-page.html';
const TEXT = 'fixtures/html/tatarstan-page-text.txt';
const DOCS = { page: 'doc:test-html-input-page', text: 'doc:test-html-input-text' };
const dir = mkdtempSync(join(tmpdir(), 'kg-html-input-'));
copyFileSync(PAGE, join(dir, 'test-html-input-page.html'));
copyFileSync(TEXT, join(dir, 'test-html-input-text.txt'));
writeFileSync(join(dir, 'notes.md'), '# Notes\n');

let driver: Driver;
let summary: IngestSummary;

beforeAll(async () => {
  driver = testDriver();
  for (const id of Object.values(DOCS)) await removeDocument(driver, id);
  summary = await ingest([dir], { driver, analytics: false });
});
afterAll(async () => {
  for (const id of Object.values(DOCS)) await removeDocument(driver, id);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every evidence span the document contributed, with the text stored on its Document node. */
async function evidenceOf(id: string) {
  const { records } = await driver.executeQuery(
    `MATCH (d:Document {id: $id})
     MATCH ()-[r]->() WHERE $id IN coalesce(r.evidenceDocuments, [])
     UNWIND range(0, size(r.evidenceDocuments) - 1) AS i
     WITH d, r, i WHERE r.evidenceDocuments[i] = $id
     RETURN d.text AS text, r.evidenceStarts[i] AS start, r.evidenceEnds[i] AS end, r.evidenceTexts[i] AS evidence`,
    { id },
  );
  return records.map((r) => ({
    text: r.get('text') as string,
    start: Number(r.get('start')),
    end: Number(r.get('end')),
    evidence: r.get('evidence') as string,
  }));
}

describe('an HTML page and its text version in Neo4j', () => {
  test('both are loaded; the stray file is listed as skipped', () => {
    expect(summary.failures).toEqual([]);
    expect(summary.documents).toMatchObject({ read: 2, loaded: 2, failed: 0 });
    expect(summary.skippedFiles).toEqual([join(dir, 'notes.md')]);
  });

  test('each Document stores the text its spans index: the page’s visible text, the text file as read', async () => {
    const { records } = await driver.executeQuery(
      'MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.format AS format, d.text AS text',
      { ids: Object.values(DOCS) },
    );
    const byId = Object.fromEntries(
      records.map((r) => [r.get('id'), { format: r.get('format'), text: r.get('text') }]),
    );
    expect(byId[DOCS.page]).toEqual({ format: 'html', text: htmlText(readFileSync(PAGE, 'utf8')) });
    expect(byId[DOCS.text]).toEqual({ format: 'text', text: readFileSync(TEXT, 'utf8') });
  });

  test.each(Object.entries(DOCS))(
    'every evidence span of the %s slices its Document’s stored text',
    async (_, id) => {
      const spans = await evidenceOf(id);
      expect(spans.length).toBeGreaterThan(50);
      for (const s of spans) expect(s.text.slice(s.start, s.end)).toBe(s.evidence);
    },
  );

  test('both describe the same one event', async () => {
    const { records } = await driver.executeQuery(
      'MATCH (d:Document)-[:DESCRIBES]->(e:Event) WHERE d.id IN $ids RETURN d.id AS doc, e.id AS event, e.date AS date',
      { ids: Object.values(DOCS) },
    );
    expect(records).toHaveLength(2);
    expect(new Set(records.map((r) => r.get('event'))).size).toBe(1);
    expect(records[0]!.get('date')).toBe('2025-04-01');
  });
});
