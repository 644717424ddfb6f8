import { mkdtempSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, listen } from '../../src/api/index.js';
import { testConnection, testDriver } from '../support/neo4j.js';
import { launchChromium, offlineContext } from './support/chromium.js';
import { loadSeed } from './support/seed.js';
import { runGraphiqlQuery } from './support/graphiql.js';

const connection = testConnection();
const shots = mkdtempSync(join(tmpdir(), 'kg-graphiql-'));
let driver: Driver;
let server: Server;
let browser: Browser;
let url: string;

beforeAll(async () => {
  driver = testDriver();
  await loadSeed(driver, connection.database);
  const api = await createApi({ driver, database: connection.database, graphiql: true });
  ({ server, url } = await listen(api, { host: '127.0.0.1', port: 0 }));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await driver?.close();
  rmSync(shots, { recursive: true, force: true });
});

describe('GraphiQL served by createApi', () => {
  it('runs the README search example and shows the answer', async () => {
    const page = await (await offlineContext(browser)).newPage();
    const text = await runGraphiqlQuery(
      page,
      url,
      '{ search(text: "Loukachenko", limit: 3) { id type name score } }',
    );
    expect(text).toContain('Alexander Lukashenko');
    const file = join(shots, 'graphiql-search.png');
    await page.screenshot({ path: file });
    expect(statSync(file).size).toBeGreaterThan(10_000);
  });
});
