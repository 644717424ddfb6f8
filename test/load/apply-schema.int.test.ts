// applySchema reads the catalogue first and creates only what is missing: a start on a server that has
// everything runs no schema command, and an index dropped by hand comes back on the next ingest.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { applySchema, schemaName } from '../../graph-schema/apply.js';
import { SCHEMA_STATEMENTS } from '../../graph-schema/constraints.js';
import { testDriver } from '../support/neo4j.js';

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

const onlineIndexes = async (): Promise<string[]> =>
  (
    await driver.executeQuery("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name")
  ).records.map((r) => r.get('name') as string);

test('every schema statement is named, and applying it leaves each one online', async () => {
  await applySchema(driver);
  expect(await onlineIndexes()).toEqual(expect.arrayContaining(SCHEMA_STATEMENTS.map(schemaName)));
});

test('an index dropped by hand is created again, the others left as they are', async () => {
  await applySchema(driver);
  await driver.executeQuery('DROP INDEX figure_period IF EXISTS');
  expect(await onlineIndexes()).not.toContain('figure_period');
  await applySchema(driver);
  expect(await onlineIndexes()).toContain('figure_period');
});
