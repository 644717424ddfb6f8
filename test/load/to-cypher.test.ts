import { describe, expect, test } from 'vitest';
import { labelOfId, relationText, removeStatements, writeStatements } from '../../src/load/index.js';
import { withDocumentText } from '../../src/model/index.js';
import { resolve } from '../../src/resolve/index.js';
import { makeExtraction } from '../resolve/make-extraction.js';

const graph = resolve([
  makeExtraction(
    'a',
    [
      ['Person', 'person:dmitry-makhonin', 'Dmitry Makhonin', ['Makhonin']],
      ['Region', 'region:territoire-de-perm', 'Territoire de Perm', [], { kind: 'federal_subject' }],
      ['Event', 'event:2025-03-10-rencontre', 'Rencontre', [], { date: '2025-03-10', title: 'Rencontre' }],
    ],
    [
      ['HOLDS_POSITION', 'person:dmitry-makhonin', 'region:territoire-de-perm', { title: 'gouverneur' }],
      ['PARTICIPATED_IN', 'person:dmitry-makhonin', 'event:2025-03-10-rencontre', { role: 'guest' }],
    ],
  ),
]);

describe('to-cypher', () => {
  test('one MERGE statement per label and per (type, source label, target label), parameterised', () => {
    const statements = writeStatements(graph, new Set(['doc:a']));
    const writes = statements
      .filter((s) => s.parameters.rows)
      .map((s) => s.text.split('\n')[0]!.replace(/ SET .*/, ''));
    expect(writes).toMatchInlineSnapshot(`
      [
        "CYPHER replan=skip UNWIND $rows AS row MERGE (d:Document {id: row.id})",
        "CYPHER replan=skip UNWIND $rows AS row MERGE (n:Event {id: row.id})",
        "CYPHER replan=skip UNWIND $rows AS row MERGE (n:Person {id: row.id})",
        "CYPHER replan=skip UNWIND $rows AS row MERGE (n:Region {id: row.id})",
        "CYPHER replan=skip UNWIND $rows AS row",
        "CYPHER replan=skip UNWIND $rows AS row",
        "CYPHER replan=skip UNWIND $rows AS row",
      ]
    `);
    expect(statements.every((s) => !s.text.includes('Makhonin'))).toBe(true);
  });

  test('a relationship row carries its documents and evidence as parallel lists', () => {
    const holds = writeStatements(graph, new Set(['doc:a'])).find((s) => s.text.includes('HOLDS_POSITION'))!;
    expect(holds.parameters.rows).toEqual([
      {
        source: 'person:dmitry-makhonin',
        target: 'region:territoire-de-perm',
        props: { title: 'gouverneur' },
        docs: ['doc:a'],
        evidenceDocuments: ['doc:a'],
        evidenceStarts: [30],
        evidenceEnds: [40],
        evidenceTexts: ['person:dmitry-makhonin HOLDS_POSITION region:territoire-de-perm'],
        confidenceDocuments: ['doc:a'],
        confidences: [0.5],
      },
    ]);
  });

  test('the relationship MERGE replaces only the batch documents’ share of the evidence', () => {
    expect(relationText('HOLDS_POSITION', 'Person', 'Region')).toMatchInlineSnapshot(`
      "CYPHER replan=skip UNWIND $rows AS row
      MATCH (a:Person {id: row.source})
      MATCH (b:Region {id: row.target})
      MERGE (a)-[r:HOLDS_POSITION]->(b)
      WITH r, row, (r.documents IS NULL OR size(r.documents) = 0 OR last(r.documents) < head(row.docs)) AS appending
      WITH r, row, appending, CASE WHEN appending THEN [] ELSE [i IN range(0, size(coalesce(r.evidenceDocuments, [])) - 1) WHERE NOT r.evidenceDocuments[i] IN row.docs] END AS keep,
        CASE WHEN appending THEN [] ELSE [i IN range(0, size(coalesce(r.confidenceDocuments, [])) - 1) WHERE NOT r.confidenceDocuments[i] IN row.docs] END AS keepConfidence
      SET r += row.props, r.documents = CASE WHEN appending THEN coalesce(r.documents, []) + row.docs ELSE reduce(acc = coalesce(r.documents, []), x IN row.docs | CASE WHEN x IN acc THEN acc ELSE [y IN acc WHERE y < x] + x + [y IN acc WHERE y > x] END) END,
      r.evidenceDocuments = CASE WHEN appending THEN coalesce(r.evidenceDocuments, []) ELSE [i IN keep | r.evidenceDocuments[i]] END + row.evidenceDocuments, r.evidenceStarts = CASE WHEN appending THEN coalesce(r.evidenceStarts, []) ELSE [i IN keep | r.evidenceStarts[i]] END + row.evidenceStarts, r.evidenceEnds = CASE WHEN appending THEN coalesce(r.evidenceEnds, []) ELSE [i IN keep | r.evidenceEnds[i]] END + row.evidenceEnds, r.evidenceTexts = CASE WHEN appending THEN coalesce(r.evidenceTexts, []) ELSE [i IN keep | r.evidenceTexts[i]] END + row.evidenceTexts, r.confidenceDocuments = CASE WHEN appending THEN coalesce(r.confidenceDocuments, []) ELSE [i IN keepConfidence | r.confidenceDocuments[i]] END + row.confidenceDocuments, r.confidences = CASE WHEN appending THEN coalesce(r.confidences, []) ELSE [i IN keepConfidence | r.confidences[i]] END + row.confidences
      SET r.confidence = 1.0 - reduce(q = 1.0, c IN r.confidences | q * (1.0 - c))"
    `);
  });

  test('removal finds relationships again through their two endpoints, never by expanding a hub', () => {
    const stored = new Map([
      ['doc:a', ['HOLDS_POSITION|Person|person:dmitry-makhonin|Region|region:territoire-de-perm']],
      ['doc:old', null],
    ]);
    const texts = removeStatements(['doc:a', 'doc:old'], stored, true).map((s) => s.text.split('\n'));
    expect(texts[0]!.slice(0, 2)).toEqual([
      'CYPHER replan=skip UNWIND $rows AS row',
      'MATCH (a:Person {id: row.source})-[r:HOLDS_POSITION]->(b:Region {id: row.target})',
    ]);
    expect(texts.map((t) => t.at(-1))).toEqual([
      'DELETE r',
      'DELETE r',
      'DELETE r',
      'DETACH DELETE n',
      'DETACH DELETE n',
      'UNWIND $docs AS doc MATCH (d:Document {id: doc}) DETACH DELETE d',
    ]);
  });

  test('the Document row records the relationship keys it stated', () => {
    const doc = writeStatements(graph, new Set(['doc:a']))[0]!;
    const rows = doc.parameters.rows as { props: { relationKeys: string[] } }[];
    expect(rows[0]!.props.relationKeys).toContain(
      'HOLDS_POSITION|Person|person:dmitry-makhonin|Region|region:territoire-de-perm',
    );
  });

  test('the Document row stores the text its spans index and its format (text when unknown)', () => {
    const page = resolve([
      withDocumentText(makeExtraction('p', [], []), { text: 'Rencontre\n1 avril 2025\n', format: 'html' }),
    ]);
    const rowOf = (g: typeof graph, id: string) =>
      (writeStatements(g, new Set([id]))[0]!.parameters.rows as { props: Record<string, unknown> }[])[0]!
        .props;
    expect(rowOf(page, 'doc:p')).toMatchObject({ format: 'html', text: 'Rencontre\n1 avril 2025\n' });
    expect(rowOf(graph, 'doc:a')).toMatchObject({ format: 'text', text: null });
  });

  test.each([
    ['person:vladimir-poutine', 'Person'],
    ['org:uralkali', 'Organization'],
    ['unit:56th-guards-airborne-assault-regiment', 'MilitaryUnit'],
    ['doc:000-3e7985f103b3e583', 'Document'],
    ['thing:x', undefined],
  ])('labelOfId(%s) = %s', (id, label) => expect(labelOfId(id)).toBe(label));
});
