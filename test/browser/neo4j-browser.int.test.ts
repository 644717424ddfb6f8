import { mkdtempSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, listen } from '../../src/api/index.js';
import { testConnection, testDriver } from '../support/neo4j.js';
import { launchChromium, offlineContext } from './support/chromium.js';
import { loginToBrowser, runCommand, runGuideQuery } from './support/neo4j-browser.js';
import { loadSeed } from './support/seed.js';

const connection = testConnection();
const shots = mkdtempSync(join(tmpdir(), 'kg-browser-'));
let driver: Driver;
let server: Server;
let browser: Browser;
let page: Page;
// `localhost`, not 127.0.0.1: it is on the allowlist of our conf and of Browser's default (a Docker server).
let origin: string;

beforeAll(async () => {
  if (!connection.browserUrl)
    throw new Error('Neo4j Browser tests need a server with HTTP (not NEO4J_URI alone).');
  driver = testDriver();
  await loadSeed(driver, connection.database);
  const api = await createApi({ driver, database: connection.database });
  ({ server } = await listen(api, { host: '127.0.0.1', port: 0 }));
  const address = server.address();
  origin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium();
  page = await (await offlineContext(browser)).newPage();
  await loginToBrowser(page, {
    browserUrl: connection.browserUrl,
    boltUri: connection.uri,
    user: connection.user,
    password: connection.password,
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await driver?.close();
  rmSync(shots, { recursive: true, force: true });
});

describe('Neo4j Browser with the project guide and style', () => {
  it('applies style.grass from the API with :style <url>', async () => {
    const frame = await runCommand(page, `:style ${origin}/style.grass`);
    await expect(frame.textContent()).resolves.toContain('node.Person');
  });

  it('opens the guide with :play <url>', async () => {
    const frame = await runCommand(page, `:play ${origin}/guide.html`);
    await frame.getByText('A guided tour in questions').waitFor();
    expect(await frame.locator('pre.runnable').count()).toBeGreaterThan(0);
  });

  it('runs a guide query answered as a table', async () => {
    // On a server Browser has never met, the first guide run in the page stalls before its result
    // frame (seen only in fresh CI clones, not yet understood); the second run is the one checked.
    await runGuideQuery(page, `${origin}/guide.html`, 'evidence').catch(() => undefined);
    const result = await runGuideQuery(page, `${origin}/guide.html`, 'evidence');
    await result.getByTestId('cypherFrameSidebarTable').click();
    await expect(result.textContent()).resolves.toContain('Dmitry Makhonin');
    const file = join(shots, 'browser-evidence.png');
    await result.screenshot({ path: file });
    expect(statSync(file).size).toBeGreaterThan(10_000);
  }, 300_000);
});
