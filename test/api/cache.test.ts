import { describe, expect, it } from 'vitest';
import { LruCache } from '../../src/api/cache/lru-cache.js';
import { createResponseCache, stableJson } from '../../src/api/cache/response-cache.js';
import { headingFor } from '../../src/api/evidence.js';
import { boundList } from '../../src/api/mcp/bound.js';

describe('LruCache', () => {
  it('drops the least recently used entry past its entry bound', () => {
    const lru = new LruCache<number>({ maxEntries: 2 });
    lru.set('a', 1, 1);
    lru.set('b', 2, 1);
    lru.get('a');
    lru.set('c', 3, 1);
    expect([lru.get('a'), lru.get('b'), lru.get('c')]).toEqual([1, undefined, 3]);
  });

  it('keeps its size bound and never keeps one value over a quarter of it', () => {
    const lru = new LruCache<string>({ maxSize: 100 });
    for (const k of ['a', 'b', 'c', 'd', 'e']) lru.set(k, k, 24);
    expect(lru.size).toBeLessThanOrEqual(100);
    expect(lru.get('a')).toBeUndefined();
    lru.set('huge', 'x', 26);
    expect(lru.get('huge')).toBeUndefined();
  });
});

describe('response cache', () => {
  it('computes once per graph version, operation and arguments (key order aside)', async () => {
    let version = 1;
    let computed = 0;
    const cache = createResponseCache(async () => version);
    const ask = (args: object) => cache.cached('search', args, async () => ++computed);
    expect(await ask({ text: 'Perm', limit: 5 })).toBe(1);
    expect(await ask({ limit: 5, text: 'Perm' })).toBe(1);
    expect(await ask({ text: 'Perm', limit: 6 })).toBe(2);
    version = 2; // an ingest committed
    expect(await ask({ text: 'Perm', limit: 5 })).toBe(3);
  });

  it('runs one computation for concurrent identical questions', async () => {
    let computed = 0;
    const cache = createResponseCache(async () => 1);
    const slow = () => new Promise<number>((r) => setTimeout(() => r(++computed), 10));
    await Promise.all([1, 2, 3].map(() => cache.cached('q', {}, slow)));
    expect(computed).toBe(1);
  });

  it.each([
    [{ b: 1, a: [2, { d: 3, c: 4 }] }, '{"a":[2,{"c":4,"d":3}],"b":1}'],
    [{ a: undefined, b: null }, '{"b":null}'],
  ])('stableJson(%j)', (value, expected) => expect(stableJson(value)).toBe(expected));
});

describe('evidence → event', () => {
  const headings = [
    { at: 539, id: 'e1', date: '2025-03-10', title: 'Perm', url: 'u1' },
    { at: 5666, id: 'e2', date: '2025-03-11', title: 'Arkhangelsk', url: null },
  ];
  it.each([
    [1, undefined], // the list of contents above the first heading
    [539, 'e1'],
    [1824, 'e1'],
    [5700, 'e2'],
  ])('a sentence at %i belongs to %s', (start, id) => expect(headingFor(headings, start)?.id).toBe(id));
});

describe('boundList', () => {
  it('flags more rows than the limit', () => {
    expect(boundList([1, 2, 3], 2)).toEqual({ results: [1, 2], truncated: true });
    expect(boundList([1, 2], 2)).toEqual({ results: [1, 2], truncated: false });
  });

  it('cuts at the size cap but always keeps one item', () => {
    const big = ['x'.repeat(50), 'y'.repeat(50)];
    expect(boundList(big, 10, 60)).toEqual({ results: [big[0]], truncated: true });
    expect(boundList(big, 10, 10).results).toHaveLength(1);
  });
});
