import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applySchema } from '../../graph-schema/apply.js';
import { load, removeDocument } from '../../src/load/index.js';
import type { Extraction } from '../../src/model/index.js';
import { resolve } from '../../src/resolve/index.js';
import { testDriver } from '../support/neo4j.js';
import { makeExtraction } from '../resolve/make-extraction.js';

// Own document ids and made-up names, so that other test files sharing the server are not disturbed.
const A = 'test-confidence-a';
const B = 'test-confidence-b';
const DOCS = [`doc:${A}`, `doc:${B}`];

/** One document stating "Ivan Testovich is governor of Territoire de Confidencia" with a given confidence. */
const stating = (doc: string, confidence: number): Extraction => {
  const x = makeExtraction(
    doc,
    [
      ['Person', 'person:ivan-testovich', 'Ivan Testovich'],
      [
        'Region',
        'region:territoire-de-confidencia',
        'Territoire de Confidencia',
        [],
        { kind: 'federal_subject' },
      ],
    ],
    [
      [
        'HOLDS_POSITION',
        'person:ivan-testovich',
        'region:territoire-de-confidencia',
        { title: 'gouverneur' },
      ],
    ],
  );
  return { ...x, relations: x.relations.map((r) => ({ ...r, confidence })) };
};

let driver: Driver;
const stored = async () => {
  const { records } = await driver.executeQuery(
    `MATCH (:Person {id: 'person:ivan-testovich'})-[r:HOLDS_POSITION]->(:Region {id: 'region:territoire-de-confidencia'})
     RETURN r.confidence AS confidence, r.confidenceDocuments AS docs, r.confidences AS values`,
  );
  return records.map((r) => r.toObject());
};

beforeAll(async () => {
  driver = testDriver();
  await applySchema(driver);
  for (const d of DOCS) await removeDocument(driver, d);
});
afterAll(async () => {
  for (const d of DOCS) await removeDocument(driver, d);
  await driver.close();
});

describe('confidence on the relationship', () => {
  test('two documents in one batch: noisy-or of their confidences', async () => {
    await load(driver, resolve([stating(A, 0.8), stating(B, 0.7)]));
    const [r] = await stored();
    expect(r!.confidence).toBeCloseTo(1 - 0.2 * 0.3, 6);
    expect(r!.docs).toEqual(DOCS);
  });

  test('removing one falls back to the other’s confidence', async () => {
    await removeDocument(driver, `doc:${B}`);
    const [r] = await stored();
    expect(r!.confidence).toBeCloseTo(0.8, 6);
    expect(r!.values).toEqual([0.8]);
  });

  test('a second document loaded later raises it; a changed one replaces its share, not adds to it', async () => {
    await load(driver, resolve([stating(B, 0.7)]));
    expect((await stored())[0]!.confidence).toBeCloseTo(0.94, 6);
    await load(driver, resolve([stating(A, 0.5)]));
    const [r] = await stored();
    expect(r!.confidence).toBeCloseTo(1 - 0.5 * 0.3, 6);
    expect(r!.docs).toHaveLength(2);
  });

  test('removing both takes the relationship away', async () => {
    for (const d of DOCS) await removeDocument(driver, d);
    expect(await stored()).toEqual([]);
  });
});
