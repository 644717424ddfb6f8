// What a new user meets on the README's first command: `npm start` on a fresh data folder, then Neo4j Browser
// (logged into by typing the password from .env) styled and guided by the post-connect command, a Person
// drawn in the style's colour, a guide query answered, and GraphiQL answering the README's search.
// KG_SCREENSHOTS=docs/images writes the README's pictures from this very run.
import { mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnv } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, offlineContext } from '../browser/support/chromium.js';
import { runGraphiqlQuery } from '../browser/support/graphiql.js';
import { loginToBrowser, runCommand, runGuideQuery } from '../browser/support/neo4j-browser.js';
import { npmStart, type StartedApp } from './support/npm-start.js';

const ROOT = join(import.meta.dirname, '..', '..');
const README_SEARCH = '{ search(text: "Loukachenko") { id type name score } }';
// From graph-schema/style.grass: `node.Person { color: #4C8EDA; diameter: 70px }`. Browser's own default
// palette also holds #4C8EDA, so the diameter (default 50px) is what proves the file was applied.
const PERSON_FILL = '#4C8EDA';
const PERSON_RADIUS = '35';

const shots = process.env.KG_SCREENSHOTS
  ? join(ROOT, process.env.KG_SCREENSHOTS)
  : mkdtempSync(join(tmpdir(), 'kg-first-run-shots-'));
mkdirSync(shots, { recursive: true });

let app: StartedApp;
let browser: Browser;
let page: Page;

const passwordFromDotEnv = (): string => {
  const password = parseEnv(readFileSync(join(ROOT, '.env'), 'utf8')).NEO4J_PASSWORD;
  if (!password) throw new Error('.env holds no NEO4J_PASSWORD after npm start');
  return password;
};

async function screenshot(target: Page | ReturnType<Page['locator']>, name: string): Promise<void> {
  const file = join(shots, name);
  await target.screenshot({ path: file });
  expect(statSync(file).size).toBeGreaterThan(10_000);
}

beforeAll(async () => {
  app = await npmStart(ROOT);
  console.log(`npm start: ready in ${app.secondsToReady.toFixed(1)} s on a fresh data folder`);
  browser = await launchChromium();
  page = await (await offlineContext(browser)).newPage();
  await loginToBrowser(page, {
    browserUrl: app.browserUrl,
    boltUri: app.connectUrl,
    user: 'neo4j',
    password: passwordFromDotEnv(),
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('npm start, as a new user meets it', () => {
  it('prints the addresses and the login line', () => {
    expect(app.output()).toContain('documents: 4 read');
    expect(app.output()).toMatch(/Login:\s+neo4j \/ the NEO4J_PASSWORD in .*\.env/);
    expect(app.output()).not.toContain(passwordFromDotEnv());
  });

  it('Browser applies the style on login (no InvalidGrassError)', async () => {
    const styleFrame = page
      .getByTestId('frame')
      .filter({ has: page.getByTestId('frameCommand').filter({ hasText: ':style http' }) });
    await styleFrame.first().waitFor({ timeout: 60_000 });
    await expect.poll(() => styleFrame.first().textContent(), { timeout: 30_000 }).toContain('node.Person');
    expect(await styleFrame.first().textContent()).not.toMatch(/Error|Failed to fetch/);
  });

  it("Browser opens the guide's first slide on login", async () => {
    const guideFrame = page
      .getByTestId('frame')
      .filter({ has: page.getByTestId('frameCommand').filter({ hasText: ':play http' }) });
    await guideFrame.first().getByText('A guided tour in questions').waitFor({ timeout: 60_000 });
    expect(await guideFrame.first().textContent()).not.toContain('No guide by that name');
    await screenshot(guideFrame.first(), 'browser-guide.png');
  });

  it('draws a Person in the style colour and size in a graph view', async () => {
    const frame = await runCommand(page, 'MATCH (p:Person) RETURN p ORDER BY p.name LIMIT 5');
    await frame.locator('svg g.node circle').first().waitFor({ timeout: 60_000 });
    const drawn = await frame
      .locator('svg g.node circle')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('fill')?.toUpperCase(), el.getAttribute('r')]));
    expect(drawn).toContainEqual([PERSON_FILL, PERSON_RADIUS]);
  }, 180_000);

  // Guide queries an analyst runs from the slides; each picture is one in docs/ (graph views wait for layout).
  const GUIDE_SHOTS = [
    // For a graph, `shows` is a label the frame's overview must list (captions are wrapped inside circles).
    { id: 'shortest-path', file: 'browser-shortest-path.png', view: 'graph', shows: 'Person' },
    { id: 'where-units-operated', file: 'browser-units-kursk.png', view: 'graph', shows: 'MilitaryUnit' },
    { id: 'meetings-graph', file: 'browser-meetings.png', view: 'graph', shows: 'Event' },
    { id: 'figures-about-a-region', file: 'browser-figures-perm.png', view: 'table', shows: '%' },
    { id: 'evidence', file: 'browser-evidence.png', view: 'table', shows: 'Dmitry Makhonin' },
  ] as const;

  it.each(GUIDE_SHOTS)(
    'answers the guide query $id ($view)',
    async ({ id, file, view, shows }) => {
      // `localhost`, as the post-connect command spells it: it is on Browser's allow-list for remote guides.
      const guideUrl = `http://localhost:${new URL(app.graphqlUrl).port}/guide.html`;
      const result = await runGuideQuery(page, guideUrl, id);
      if (view === 'table') {
        await result.getByTestId('cypherFrameSidebarTable').click();
        await expect.poll(() => result.textContent(), { timeout: 30_000 }).toContain(shows);
      } else {
        const nodes = result.locator('svg g.node');
        await nodes.first().waitFor({ timeout: 60_000 });
        expect(await nodes.count()).toBeGreaterThanOrEqual(2);
        const fills = await result
          .locator('svg g.node circle')
          .evaluateAll((els) => els.map((el) => el.getAttribute('fill')?.toUpperCase()));
        expect(fills.some((fill) => fill && fill !== '#A5ABB6')).toBe(true); // coloured by label, not the fallback
        // The overview lists each label with its count, e.g. "MilitaryUnit (26)" (not the query text).
        await expect
          .poll(() => result.textContent(), { timeout: 30_000 })
          .toMatch(new RegExp(`${shows} \\(\\d+\\)`));
        await page.waitForTimeout(1500); // let the force layout settle before the picture
      }
      await screenshot(result, file);
    },
    180_000,
  );

  it("GraphiQL answers the README's search", async () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('search(text: "Loukachenko")');
    const graphiql = await (await offlineContext(browser)).newPage();
    const body = await runGraphiqlQuery(graphiql, app.graphqlUrl, README_SEARCH);
    expect(JSON.parse(body).data.search[0].name).toBe('Alexander Lukashenko');
    await screenshot(graphiql, 'graphiql-search.png');
  }, 120_000);
});
