import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Where an installed Chromium or Chrome usually lives, after `CHROME_PATH` and the bundled one. */
export const USUAL_CHROME_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
] as const;

// Without the background-networking flags Chromium keeps calling Google's hosts, refused on this closed network.
// Deliberately not @sparticuz/chromium's own `args`: they include --disable-web-security, which would hide
// exactly the CORS failures the Browser checks exist to catch.
const OFFLINE_FLAGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Every host but loopback fails to resolve, at once: no request routing needed (see offlineContext).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export interface FoundChromium {
  path: string;
  /** How it was found, for messages: `CHROME_PATH`, the npm package, or a usual path. */
  source: string;
}

/**
 * The browser the checks drive, found the way users expect and with no root needed: `CHROME_PATH` when set
 * (an explicit choice wins), else the headless Chromium that the npm package @sparticuz/chromium carries
 * inside itself (a dev dependency, unpacked once to the temp folder), else an installed Chromium or Chrome.
 */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<FoundChromium> {
  if (env.CHROME_PATH) {
    if (!existsSync(env.CHROME_PATH)) throw new Error(`CHROME_PATH=${env.CHROME_PATH}: no such file.`);
    return { path: env.CHROME_PATH, source: 'CHROME_PATH' };
  }
  const bundled = await bundledChromium().catch((error: unknown) => error as Error);
  if (typeof bundled === 'string') return { path: bundled, source: '@sparticuz/chromium' };
  const installed = USUAL_CHROME_PATHS.find((path) => existsSync(path));
  if (installed) return { path: installed, source: installed };
  throw new Error(
    `browser tests: no Chromium. @sparticuz/chromium could not be unpacked (${bundled.message}), ` +
      `none at ${USUAL_CHROME_PATHS.join(', ')}; run \`npm install\` or set CHROME_PATH.`,
  );
}

async function bundledChromium(): Promise<string> {
  const { default: Chromium } = await import('@sparticuz/chromium');
  return Chromium.executablePath();
}

/** Launches the found Chromium headless; throws (the test fails, never skips) saying what was tried. */
export async function launchChromium(): Promise<Browser> {
  const { path } = await findChromium();
  return chromium.launch({ executablePath: path, args: OFFLINE_FLAGS });
}

/**
 * A browser context with no request routing. Playwright's `route()` intercepts every request and thereby
 * skips Chromium's CORS preflights: with it, Browser's style and guide loaded in tests while they failed for
 * users (issue 11). Hosts off the machine are unreachable through `--host-resolver-rules` instead.
 */
export async function offlineContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
}
