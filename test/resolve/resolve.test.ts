import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { resolve } from '../../src/resolve/index.js';
import { makeExtraction } from './make-extraction.js';

// Two documents that spell the same people and places differently, as the French series does.
const first = makeExtraction(
  'a',
  [
    ['Person', 'person:alexander-lukashenko', 'Alexander Lukashenko', ['Lukashenko', 'Lukashnko']],
    ['Person', 'person:vladimir-poutine', 'Vladimir Poutine', ['Poutine', 'Mr. Poutine']],
    ['Person', 'person:alexander-tsybulsky', 'Alexander Tsybulsky', ['Tsybulsky']],
    [
      'Region',
      'region:territoire-de-perm',
      'Territoire de Perm',
      ['territoire Perm', 'Perm'],
      { kind: 'federal_subject' },
    ],
    ['Region', 'region:zaporozhye', 'Zaporozhye', [], { kind: 'federal_subject' }],
    ['Event', 'event:2025-03-10-rencontre', 'Rencontre', [], { date: '2025-03-10', title: 'Rencontre' }],
  ],
  [
    ['PARTICIPATED_IN', 'person:vladimir-poutine', 'event:2025-03-10-rencontre', { role: 'host' }],
    ['HOLDS_POSITION', 'person:alexander-tsybulsky', 'region:territoire-de-perm', { title: 'gouverneur' }],
  ],
);
const second = makeExtraction(
  'b',
  [
    ['Person', 'person:alexandre-loukachenko', 'Alexandre Loukachenko', ['Loukachenko']],
    ['Person', 'person:poutine', 'Poutine'],
    ['Person', 'person:lyudmila-poutine', 'Lyudmila Poutine'],
    ['Person', 'person:a-tsyboulski', 'A. Tsyboulski'],
    ['Region', 'region:perm', 'Perm', [], { kind: 'city' }],
    ['Region', 'region:zaporijia', 'Zaporijia', [], { kind: 'federal_subject' }],
    ['Event', 'event:2025-03-11-entretien', 'Entretien', [], { date: '2025-03-11', title: 'Entretien' }],
    ['Event', 'event:2025-03-10-rencontre', 'Rencontre', [], { date: '2025-03-10', title: 'Rencontre' }],
  ],
  [
    ['PARTICIPATED_IN', 'person:poutine', 'event:2025-03-11-entretien', { role: 'host' }],
    ['HOLDS_POSITION', 'person:a-tsyboulski', 'region:territoire-de-perm-missing', { title: 'gouverneur' }],
  ],
);

const byName = (g: ReturnType<typeof resolve>, name: string) =>
  g.entities.find((e) => e.name === name || e.aliases.includes(name));

describe('resolve across documents', () => {
  const graph = resolve([first, second]);

  test.each([
    ['Alexandre Loukachenko', 'Alexander Lukashenko'],
    ['Poutine', 'Vladimir Poutine'],
    ['A. Tsyboulski', 'Alexander Tsybulsky'],
    ['Zaporijia', 'Zaporozhye'],
  ])('%s joins %s', (a, b) => {
    expect(byName(graph, a)?.id).toBe(byName(graph, b)?.id);
    expect(byName(graph, a)?.documents).toEqual(['doc:a', 'doc:b']);
    expect(byName(graph, a)?.aliases).toContain(a === byName(graph, a)?.name ? b : a);
  });

  test.each([
    ['Lyudmila Poutine', 'Vladimir Poutine'],
    ['Perm', 'Territoire de Perm'],
  ])('%s stays apart from %s', (a, b) => {
    const entity = graph.entities.find((e) => e.name === a)!;
    expect(entity.id).not.toBe(graph.entities.find((e) => e.name === b)!.id);
  });

  test('the merge log says which names merged and why, and which were refused', () => {
    const luka = graph.mergeLog.merged.find((m) => m.forms.some((f) => f.name === 'Alexander Lukashenko'))!;
    expect(luka.forms.map((f) => f.name)).toEqual(['Alexander Lukashenko', 'Alexandre Loukachenko']);
    expect(luka.links[0]?.reason).toBe('transliteration');
    expect(graph.mergeLog.rejected).toContainEqual(
      expect.objectContaining({ a: 'Perm', b: 'Territoire de Perm', reason: 'different-kind' }),
    );
    expect(graph.mergeLog.rejected).toContainEqual(
      expect.objectContaining({ reason: 'different-first-name' }),
    );
  });

  test('one event reported by two documents is one node DESCRIBED by both', () => {
    const events = graph.entities.filter((e) => e.type === 'Event').map((e) => [e.id, e.documents]);
    expect(events).toEqual([
      ['event:2025-03-10-rencontre', ['doc:a', 'doc:b']],
      ['event:2025-03-11-entretien', ['doc:b']],
    ]);
    const describes = graph.relations.filter((r) => r.type === 'DESCRIBES').map((r) => [r.source, r.target]);
    expect(describes).toEqual([
      ['doc:a', 'event:2025-03-10-rencontre'],
      ['doc:b', 'event:2025-03-10-rencontre'],
      ['doc:b', 'event:2025-03-11-entretien'],
    ]);
  });

  test('figures stay per document, their ids scoped by it', () => {
    const figures = resolve([
      makeExtraction('a', [['Figure', 'figure:12', '12%', [], { value: 12, unit: '%' }]]),
      makeExtraction('b', [['Figure', 'figure:12', '12%', [], { value: 12, unit: '%' }]]),
    ]).entities.map((e) => e.id);
    expect(figures).toEqual(['figure:a-12', 'figure:b-12']);
  });

  test('relations are remapped onto resolved ids; a dangling one is reported, not loaded', () => {
    const participated = graph.relations
      .filter((r) => r.type === 'PARTICIPATED_IN')
      .map((r) => [r.source, r.target]);
    expect(participated).toEqual([
      ['person:vladimir-poutine', 'event:2025-03-10-rencontre'],
      ['person:vladimir-poutine', 'event:2025-03-11-entretien'],
    ]);
    expect(graph.diagnostics.map((d) => d.code)).toEqual(['dangling-relation']);
  });

  test('existing entities keep their ids and are never merged with each other', () => {
    const next = resolve([second], {
      existing: graph.entities
        .filter((e) => e.type === 'Person' && e.documents.includes('doc:a'))
        .map((e) => ({ ...e, id: `${e.id}-old` })),
    });
    expect(byName(next, 'Alexandre Loukachenko')?.id).toBe(
      `${byName(graph, 'Alexandre Loukachenko')?.id}-old`,
    );
  });
});

const third = makeExtraction('c', [
  ['Person', 'person:lukashnko', 'Lukashnko'],
  ['Person', 'person:vladimir-poutine', 'Vladimir Poutine', ['président Poutine']],
  ['Region', 'region:zaporijjia', 'Zaporijjia'],
]);

describe('stable ids', () => {
  test('the same ids and merges in every order of documents', () => {
    const reference = resolve([first, second, third]);
    fc.assert(
      fc.property(fc.shuffledSubarray([first, second, third], { minLength: 3, maxLength: 3 }), (docs) => {
        expect(resolve(docs)).toEqual(reference);
      }),
    );
  });
});
