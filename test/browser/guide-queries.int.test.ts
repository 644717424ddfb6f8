import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_QUERIES, type GuideQuery } from '../../graph-schema/guide/index.js';
import { testConnection, testDriver } from '../support/neo4j.js';
import { loadSeed } from './support/seed.js';

let driver: Driver;
const database = testConnection().database;

// Browser's `:params {limit: 15}` sends an integer; a JS number would arrive as 15.0, which LIMIT refuses.
const asBrowserSends = (params: GuideQuery['params']) =>
  Object.fromEntries(
    Object.entries(params).map(([k, v]) => [
      k,
      typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v,
    ]),
  );

beforeAll(async () => {
  driver = testDriver();
  await loadSeed(driver, database);
});
afterAll(async () => driver.close());

describe('every guide query answers on the seed graph', () => {
  it.each(GUIDE_QUERIES.map((q) => [q.id, q] as const))('%s returns rows', async (_id, query) => {
    const { records } = await driver.executeQuery(query.cypher, asBrowserSends(query.params), {
      database,
      routing: neo4j.routing.READ,
    });
    expect(records.length).toBeGreaterThan(0);
    if (query.view === 'graph') expect(records[0]!.keys.length).toBeGreaterThan(0);
  });
});

describe('answers an analyst can check against the text', () => {
  // Other test files may have loaded more documents into the shared server: ask narrow questions.
  const rows = async (id: string, params: GuideQuery['params'] = {}) => {
    const query = GUIDE_QUERIES.find((q) => q.id === id)!;
    const { records } = await driver.executeQuery(
      query.cypher,
      asBrowserSends({ ...query.params, ...params }),
      { database },
    );
    return records.map((r) => r.toObject());
  };

  it('who-met-whom: Makhonin met Vladimir Poutine on 2025-03-10', async () => {
    const met = await rows('who-met-whom', { person: 'Makhonin' });
    expect(met).toContainEqual(expect.objectContaining({ date: '2025-03-10', met: 'Vladimir Poutine' }));
  });

  it('evidence: Makhonin HOLDS_POSITION Perm is backed by a sentence naming him governor', async () => {
    const evidence = await rows('evidence');
    expect(
      evidence.some((r) => /gouverneur/i.test(r.text as string) && (r.text as string).includes('Makhonin')),
    ).toBe(true);
  });

  it('figures-about-a-region: Perm has a figure with a unit, stated by someone', async () => {
    const figures = await rows('figures-about-a-region');
    expect(figures.some((r) => r.unit && (r.statedBy as string[]).length > 0)).toBe(true);
  });
});
