import { afterAll, describe, expect, it } from 'vitest';
import { containerPlacement, localPlacement, neo4jSettings } from '../../src/db/neo4j-settings.js';
import { testConnection, testDriver, testMode } from '../support/neo4j.js';
import { NOT_APPLICABLE } from '../support/not-applicable-reporter.js';
import { expectedSettings, runningSettings } from '../support/running-settings.js';

const connection = testConnection();
const driver = testDriver();
afterAll(() => driver.close());

/** The shared server's place: the local server from src/db, or the tests' container (global-setup.ts). */
function placementOfSharedServer() {
  const ports = {
    boltPort: Number(new URL(connection.uri).port),
    httpPort: Number(new URL(connection.httpUrl!).port),
  };
  return testMode() === 'container' ? containerPlacement(ports) : localPlacement(ports);
}

describe('the shared server', () => {
  // The post-connect command depends on who started the server (tests start theirs without one), so it
  // is left to test/db/docker.int.test.ts, which starts its own; every other setting is checked here.
  it('runs every setting of src/db/neo4j-settings.ts, whichever path provided it', async (ctx) => {
    if (testMode() === 'env')
      ctx.skip(`${NOT_APPLICABLE}: a NEO4J_URI server is configured by its owner, not by us`);
    const settings = neo4jSettings(placementOfSharedServer()).filter(
      (s) => s.key !== 'browser.post_connect_cmd',
    );
    expect(await runningSettings(driver, settings)).toEqual(expectedSettings(settings));
  });
});
