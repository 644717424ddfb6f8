import { describe, expect, it } from 'vitest';
import { fitTable, formatReliability, reliability } from '../../src/eval/calibration.js';
import type { Relation } from '../../src/model/index.js';

const rel = (confidence: number): Relation => ({
  type: 'STATED',
  source: 'a',
  target: 'b',
  properties: {},
  evidence: [],
  confidence,
});

describe('reliability table', () => {
  const table = reliability('dev', [
    {
      entities: new Map(),
      goldRelations: 10,
      relations: [
        { relation: rel(0.1), matched: false },
        { relation: rel(0.5), matched: true },
        { relation: rel(0.85), matched: false },
        { relation: rel(0.9), matched: true },
        { relation: rel(1), matched: true },
      ],
    },
  ]);

  it('buckets by confidence: 0.9 and 1 fall in 0.9–1.0', () => {
    expect(table.buckets.map((b) => [b.from, b.count, b.precision])).toEqual([
      [0, 1, 0],
      [0.2, 0, null],
      [0.4, 1, 1],
      [0.6, 0, null],
      [0.8, 1, 0],
      [0.9, 2, 1],
    ]);
  });

  it('gives precision at ≥ 0.8 and coverage of the gold relations', () => {
    expect(table.sure).toEqual({ count: 3, precision: 0.667, coverage: 0.2 });
    expect(formatReliability([table])).toContain('| 0.9–1.0 | 2 | 1.000 |');
  });
});

describe('fitTable', () => {
  const samples = [
    ...Array.from({ length: 40 }, () => ({ features: ['HELD_IN', 'held-in'], matched: true })),
    ...Array.from({ length: 6 }, (_, i) => ({ features: ['LOCATED_IN', 'located-in'], matched: i < 3 })),
  ];
  const table = fitTable(samples);

  it('fits the empirical precision of each prefix, shrunk towards its parent and capped', () => {
    expect(table.HELD_IN).toMatchObject({ n: 40, tp: 40 });
    expect(table.HELD_IN!.p).toBeLessThanOrEqual(0.98);
    expect(table['LOCATED_IN|located-in']!.p).toBeCloseTo(0.5, 1);
  });

  it('takes standard errors off with z', () => {
    expect(fitTable(samples, 8, 1)['LOCATED_IN']!.p).toBeLessThan(table['LOCATED_IN']!.p);
  });
});
