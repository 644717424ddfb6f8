import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applySchema } from '../../graph-schema/apply.js';
import { load, removeDocument, loadedDocuments } from '../../src/load/index.js';
import { resolve } from '../../src/resolve/index.js';
import { testDriver } from '../support/neo4j.js';
import { makeExtraction } from '../resolve/make-extraction.js';
import { graphSnapshot } from './graph-snapshot.js';

// Own document ids and made-up names, so that other test files sharing the server are not disturbed.
const A = 'test-load-a';
const B = 'test-load-b';
const DOCS = [`doc:${A}`, `doc:${B}`];

const docA = (withTitle = true) =>
  makeExtraction(
    A,
    [
      ['Person', 'person:boris-loukvachenko', 'Boris Loukvachenko', ['Loukvachenko']],
      [
        'Region',
        'region:territoire-de-testograd',
        'Territoire de Testograd',
        [],
        { kind: 'federal_subject' },
      ],
      ...(withTitle
        ? ([['Organization', 'org:testoprom', 'Testoprom', [], { kind: 'company' }]] as const)
        : []),
      [
        'Event',
        'event:2031-01-02-test-load-rencontre',
        'Rencontre',
        [],
        { date: '2031-01-02', title: 'Rencontre' },
      ],
    ],
    [
      [
        'HOLDS_POSITION',
        'person:boris-loukvachenko',
        'region:territoire-de-testograd',
        { title: 'gouverneur' },
      ],
      [
        'PARTICIPATED_IN',
        'person:boris-loukvachenko',
        'event:2031-01-02-test-load-rencontre',
        { role: 'guest' },
      ],
      ...(withTitle ? ([['LOCATED_IN', 'org:testoprom', 'region:territoire-de-testograd']] as const) : []),
    ],
  );
const docB = makeExtraction(
  B,
  [
    ['Person', 'person:boris-lukvashenko', 'Boris Lukvashenko'],
    ['Region', 'region:testograd', 'Testograd', [], { kind: 'city' }],
    ['Region', 'region:territoire-de-testograd', 'Territoire de Testograd', [], { kind: 'federal_subject' }],
  ],
  [
    ['HOLDS_POSITION', 'person:boris-lukvashenko', 'region:territoire-de-testograd', { title: 'gouverneur' }],
    ['PART_OF', 'region:testograd', 'region:territoire-de-testograd'],
  ],
);

let driver: Driver;
beforeAll(async () => {
  driver = testDriver();
  await applySchema(driver);
  for (const d of DOCS) await removeDocument(driver, d);
});
afterAll(async () => {
  for (const d of DOCS) await removeDocument(driver, d);
  await driver.close();
});

describe('load', () => {
  test('two documents that spell one person differently give one node with the evidence of both', async () => {
    const result = await load(driver, resolve([docA(), docB]));
    expect(result.loaded).toEqual(DOCS);
    const snap = await graphSnapshot(driver, DOCS);
    const people = snap.nodes.filter((n) => n.labels.includes('Person'));
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ labels: ['Entity', 'Person'], documents: DOCS });
    expect(people[0]!.aliases).toEqual(expect.arrayContaining(['Boris Lukvashenko', 'Loukvachenko']));
    const holds = snap.relationships.filter((r) => r.type === 'HOLDS_POSITION');
    expect(holds).toHaveLength(1);
    expect(holds[0]).toMatchObject({
      target: 'region:territoire-de-testograd',
      title: 'gouverneur',
      documents: DOCS,
      evidenceDocuments: DOCS,
    });
    expect(holds[0]!.evidenceTexts).toHaveLength(2);
    // The city is not the territory: two Region nodes, one PART_OF the other.
    expect(snap.relationships.filter((r) => r.type === 'PART_OF').map((r) => [r.source, r.target])).toEqual([
      ['region:testograd', 'region:territoire-de-testograd'],
    ]);
    expect(snap.relationships.filter((r) => r.type === 'DESCRIBES').map((r) => [r.source, r.target])).toEqual(
      [[`doc:${A}`, 'event:2031-01-02-test-load-rencontre']],
    );
  });

  test('loading the same documents again changes no count and no property', async () => {
    const before = await graphSnapshot(driver, DOCS);
    const again = await load(driver, resolve([docA(), docB]));
    expect(await graphSnapshot(driver, DOCS)).toEqual(before);
    expect(again.nodesCreated - again.nodesDeleted).toBe(0);
    expect(again.relationshipsCreated - again.relationshipsDeleted).toBe(0);
  });

  test('a changed document replaces its facts: no stale relationship, no orphan node', async () => {
    await load(driver, resolve([docA(false)]));
    const snap = await graphSnapshot(driver, DOCS);
    expect(snap.nodes.some((n) => n.id === 'org:testoprom')).toBe(false);
    expect(snap.relationships.some((r) => r.type === 'LOCATED_IN')).toBe(false);
    const orphan = await driver.executeQuery("MATCH (n:Entity {id: 'org:testoprom'}) RETURN count(n) AS c");
    expect(Number(orphan.records[0]!.get('c'))).toBe(0);
    expect(snap.relationships.filter((r) => r.type === 'HOLDS_POSITION')[0]).toMatchObject({
      documents: DOCS,
    });
  });

  test('removing a document takes back only what it alone said', async () => {
    await removeDocument(driver, `doc:${A}`);
    const snap = await graphSnapshot(driver, DOCS);
    expect([...(await loadedDocuments(driver, DOCS)).keys()]).toEqual([`doc:${B}`]);
    const person = snap.nodes.find((n) => n.labels.includes('Person'))!;
    expect(person.documents).toEqual([`doc:${B}`]);
    const holds = snap.relationships.find((r) => r.type === 'HOLDS_POSITION')!;
    expect(holds).toMatchObject({ documents: [`doc:${B}`], evidenceDocuments: [`doc:${B}`] });
    expect(snap.nodes.some((n) => n.labels.includes('Event'))).toBe(false);
  });
});
