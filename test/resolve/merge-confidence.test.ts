import { describe, expect, it } from 'vitest';
import { resolve } from '../../src/resolve/index.js';
import type { Extraction } from '../../src/model/index.js';
import { makeExtraction } from './make-extraction.js';

const stating = (doc: string, confidence?: number): Extraction => {
  const x = makeExtraction(
    doc,
    [
      ['Person', 'person:ivan-testovich', 'Ivan Testovich'],
      ['Region', 'region:confidencia', 'Confidencia', [], { kind: 'city' }],
    ],
    [['HOLDS_POSITION', 'person:ivan-testovich', 'region:confidencia', { title: 'maire' }]],
  );
  return { ...x, relations: x.relations.map((r) => (confidence === undefined ? r : { ...r, confidence })) };
};
const holds = (graph: ReturnType<typeof resolve>) =>
  graph.relations.find((r) => r.type === 'HOLDS_POSITION')!;

describe('confidence across documents', () => {
  it.each([
    [[0.8], 0.8],
    [[0.8, 0.7], 0.94],
    [[0.5, 0.5, 0.5], 0.875],
  ])('%j → %d (noisy-or: a fact several documents state is surer)', (values, expected) => {
    const graph = resolve(values.map((c, i) => stating(`d${i}`, c)));
    expect(holds(graph).confidence).toBeCloseTo(expected, 6);
    expect(Object.values(holds(graph).documentConfidences)).toEqual(values);
  });

  it('an extraction without confidence counts as unknown (0.5)', () => {
    expect(holds(resolve([stating('d0')])).confidence).toBe(0.5);
  });
});
