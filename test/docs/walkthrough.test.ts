import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { docExamples, excerptValues } from './doc-examples.js';

const page = readFileSync('docs/walkthrough.md', 'utf8');
const examples = docExamples(page);
const sections = [...new Set(examples.map((e) => e.section))];

describe('docs/walkthrough.md', () => {
  test('answers five questions, each with GraphQL, Cypher and an excerpt of the answer', () => {
    expect(sections).toHaveLength(5);
    for (const section of sections) {
      const here = examples.filter((e) => e.section === section);
      expect(
        here.some((e) => e.lang === 'graphql' && e.excerpt && excerptValues(e.excerpt).length > 0),
        section,
      ).toBe(true);
      expect(
        here.some((e) => e.lang === 'cypher' && e.table!.length > 0),
        section,
      ).toBe(true);
    }
  });

  test('every Cypher query that uses $parameters has a :params block giving each', () => {
    for (const { code, params, section } of examples.filter((e) => e.lang === 'cypher')) {
      for (const [, name] of code.matchAll(/\$(\w+)/g))
        expect(params, `${section}: $${name}`).toMatch(new RegExp(`\\b${name}:`));
    }
  });
});

describe('docExamples', () => {
  const md = [
    '## 1. Who?',
    '```graphql',
    '{ people { name } }',
    '```',
    '```jsonc',
    '{ "people": [ { "name": "Dmitry Makhonin" } ] } // …',
    '```',
    '```',
    ":params {person: 'Dmitry Makhonin'}",
    '```',
    '```cypher',
    'MATCH (p:Person {name: $person}) RETURN p.name AS name',
    '```',
    '',
    '| name |',
    '| --- |',
    '| Dmitry Makhonin |',
    '',
    '```bash',
    'npm start',
    '```',
  ].join('\n');

  test('pairs queries with their parameters and excerpts, and skips other blocks', () => {
    expect(docExamples(md)).toEqual([
      {
        lang: 'graphql',
        section: '1. Who?',
        code: '{ people { name } }',
        excerpt: '{ "people": [ { "name": "Dmitry Makhonin" } ] } // …',
      },
      {
        lang: 'cypher',
        section: '1. Who?',
        code: 'MATCH (p:Person {name: $person}) RETURN p.name AS name',
        params: "{person: 'Dmitry Makhonin'}",
        table: [['Dmitry Makhonin']],
      },
    ]);
  });

  test.each([
    ['{ "name": "Vladimir Poutine", "role": "host" }', ['Vladimir Poutine']],
    [
      '{ "title": "Visite d’un poste", "raw": "8,2 millions de m²" }',
      ['Visite d’un poste', '8,2 millions de m²'],
    ],
    ['{ "properties": "{\\"title\\":\\"gouverneur\\"}" }', []],
  ])('excerptValues(%s)', (excerpt, values) => {
    expect(excerptValues(excerpt)).toEqual(values);
  });
});
