import { describe, expect, test } from 'vitest';
import { computeMetrics } from '../../src/analytics/index.js';

// Two groups joined by one edge, as a governor's region and a foreign visit around the same president.
const perm = ['person:makhonin', 'region:perm', 'org:uralkali', 'event:perm'];
const minsk = ['person:lukashenko', 'region:belarus', 'agreement:minsk', 'event:minsk'];
const clique = (ids: string[]): [string, string][] =>
  ids.flatMap((a, i) => ids.slice(i + 1).map((b): [string, string] => [a, b]));
const edges: [string, string][] = [
  ...clique(perm),
  ...clique(minsk),
  ['event:perm', 'event:minsk'],
  ['person:makhonin', 'region:perm'],
];

describe('computeMetrics', () => {
  const metrics = computeMetrics([...perm, ...minsk, 'person:alone'], edges);

  test('degree counts every relationship, parallel ones included', () => {
    expect(metrics.get('person:makhonin')!.degree).toBe(4);
    expect(metrics.get('event:perm')!.degree).toBe(4);
    expect(metrics.get('person:alone')!.degree).toBe(0);
  });

  test('the bridge nodes rank highest and PageRank sums to one', () => {
    const ranks = [...metrics.values()].map((m) => m.pagerank);
    expect(ranks.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
    expect(metrics.get('event:perm')!.pagerank).toBeGreaterThan(metrics.get('org:uralkali')!.pagerank);
  });

  test('Louvain finds the two groups', () => {
    const community = (id: string) => metrics.get(id)!.community;
    expect(new Set(perm.map(community)).size).toBe(1);
    expect(new Set(minsk.map(community)).size).toBe(1);
    expect(community('person:makhonin')).not.toBe(community('person:lukashenko'));
  });

  test('the same graph in any order gives the same metrics', () => {
    const shuffled = computeMetrics(['person:alone', ...minsk.reverse(), ...perm], [...edges].reverse());
    expect(Object.fromEntries(shuffled)).toEqual(Object.fromEntries(metrics));
  });
});
