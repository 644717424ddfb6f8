/**
 * Regenerates docs/images/*.png: Neo4j Browser with the project style running guide queries, and
 * GraphiQL answering the README's search example. Uses the configured Neo4j (starting the local one
 * if needed), ingests the seed (skipped when already loaded), serves the API on a free port.
 *
 *   npx tsx scripts/screenshots.ts
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createApi, listen } from '../src/api/index.js';
import { loadConfig } from '../src/config.js';
import { connectDatabase } from '../src/db/index.js';
import { launchChromium, offlineContext } from '../test/browser/support/chromium.js';
import { runGraphiqlQuery } from '../test/browser/support/graphiql.js';
import { loginToBrowser, runCommand, runGuideQuery } from '../test/browser/support/neo4j-browser.js';
import { loadSeed } from '../test/browser/support/seed.js';

const OUT = join(import.meta.dirname, '..', 'docs', 'images');
/** Guide queries worth a picture: [query id, file name, table view?]. */
const SHOTS: [string, string, boolean][] = [
  ['meetings-graph', 'browser-meetings.png', false],
  ['where-units-operated', 'browser-units-kursk.png', false],
  ['shortest-path', 'browser-shortest-path.png', false],
  ['figures-about-a-region', 'browser-figures-perm.png', true],
];

async function main(): Promise<void> {
  const config = loadConfig();
  const { connection, driver } = await connectDatabase(config, { log: (line) => console.error(line) });
  if (!connection.browserUrl)
    throw new Error('screenshots: this Neo4j has no Browser address (NEO4J_URI alone).');
  mkdirSync(OUT, { recursive: true });
  await loadSeed(driver, connection.database);
  const { server, url } = await listen(await createApi({ driver, database: connection.database }), {
    port: 0,
  });
  const origin = `http://localhost:${new URL(url).port}`;
  const browser = await launchChromium();
  try {
    const page = await (await offlineContext(browser)).newPage();
    await loginToBrowser(page, {
      browserUrl: connection.browserUrl,
      boltUri: connection.uri,
      user: connection.user,
      password: connection.password,
    });
    await runCommand(page, `:style ${origin}/style.grass`);
    const guide = await runCommand(page, `:play ${origin}/guide.html`);
    await guide.getByText('A guided tour in questions').waitFor();
    await guide.screenshot({ path: join(OUT, 'browser-guide.png') });
    for (const [id, file, table] of SHOTS) {
      const result = await runGuideQuery(page, `${origin}/guide.html`, id);
      if (table) await result.getByTestId('cypherFrameSidebarTable').click();
      else await result.locator('svg g.node').first().waitFor();
      await page.waitForTimeout(1500); // let the force layout settle
      await result.screenshot({ path: join(OUT, file) });
      console.log(`docs/images/${file}`);
    }
    const graphiql = await (await offlineContext(browser)).newPage();
    await runGraphiqlQuery(graphiql, url, '{ search(text: "Loukachenko", limit: 3) { id type name score } }');
    await graphiql.screenshot({ path: join(OUT, 'graphiql-search.png') });
    console.log('docs/images/graphiql-search.png');
  } finally {
    await browser.close();
    server.close();
    await driver.close();
  }
}

await main();
