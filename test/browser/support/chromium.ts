import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium; `.ci/run` installs it. Playwright's own browser download cannot reach its host here. */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_INSTALL = 'apt-get install -y --no-install-recommends chromium';

// Without the background-networking flags Chromium keeps calling Google's hosts, refused on this closed network.
const OFFLINE_FLAGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches Debian's Chromium headless; throws (the test fails, never skips) with the install line when missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `browser tests: no Chromium at ${CHROMIUM_PATH}. Install it (as root): ${CHROMIUM_INSTALL}`,
    );
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: OFFLINE_FLAGS });
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const UNPKG_GRAPHIQL = /^https:\/\/unpkg\.com\/@graphql-yoga\/graphiql@[^/]+\/dist\/(.+)$/;
const graphiqlDist = (): string =>
  join(dirname(createRequire(import.meta.url).resolve('@graphql-yoga/graphiql/package.json')), 'dist');

const contentType = (file: string): string =>
  file.endsWith('.css')
    ? 'text/css'
    : file.endsWith('.js')
      ? 'application/javascript'
      : 'application/octet-stream';

/**
 * A browser context that reaches only loopback. yoga's GraphiQL page loads its bundle from unpkg, which
 * this network (and CI's) cannot reach: those requests are answered from the npm package
 * @graphql-yoga/graphiql; anything else off the machine (Browser's web fonts) is aborted.
 */
export async function offlineContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (LOOPBACK.has(new URL(url).hostname)) return route.continue();
    const asset = UNPKG_GRAPHIQL.exec(url);
    const file = asset && join(graphiqlDist(), asset[1]!);
    if (file && existsSync(file))
      return route.fulfill({ body: readFileSync(file), contentType: contentType(file) });
    return route.abort();
  });
  return context;
}
