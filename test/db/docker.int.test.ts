// The Docker path as a user gets it: `kg db start` → docker compose with the committed
// docker-compose.yml, then stop and reset as docs/docker.md tells. It starts its own compose project
// (own container, volume and free ports), so it never touches a user's database or the shared test
// server. Where no Docker engine answers, every test is reported skipped with the note "not applicable…"
// (vitest prints the note beside each one); with KG_NEO4J_MODE=docker that is a failure instead.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browserPostConnectCmdFor, loadConfig, type Config } from '../../src/config.js';
import { createDriver, databaseStatus, type Neo4jConnection } from '../../src/db/index.js';
import { dockerEngine, dockerServiceRunning, startDocker, stopDocker } from '../../src/db/docker.js';
import { neo4jVersion } from '../../src/db/neo4j-image.js';
import { containerPlacement, neo4jSettings } from '../../src/db/neo4j-settings.js';
import { runCommand } from '../../src/db/run-command.js';
import { freePort } from '../support/free-port.js';
import { NOT_APPLICABLE } from '../support/not-applicable-reporter.js';
import { expectedSettings, runningSettings } from '../support/running-settings.js';

const engine = await dockerEngine();
const base = loadConfig();
// Compose names the project, its container and its volume after the folder of docker-compose.yml.
const project = `kg-docker-test-${process.pid}`;
const root = join(tmpdir(), project);
let config: Config;
let connection: Neo4jConnection;
let driver: Driver | undefined;

const compose = (...args: string[]) =>
  runCommand('docker', ['compose', '-f', join(root, 'docker-compose.yml'), ...args], { cwd: root });

beforeEach((ctx) => {
  if (engine.answers) return;
  if (base.neo4jMode === 'docker')
    throw new Error(`KG_NEO4J_MODE=docker, but no Docker engine answers: ${engine.reason}`);
  ctx.skip(`${NOT_APPLICABLE}: no Docker engine answers here (${engine.reason})`);
});

beforeAll(async () => {
  if (!engine.answers) return;
  // The committed compose file and pom, in a folder of their own; .env (the password) is written there.
  mkdirSync(join(root, 'neo4j'), { recursive: true });
  copyFileSync(join(base.root, 'docker-compose.yml'), join(root, 'docker-compose.yml'));
  copyFileSync(join(base.root, 'neo4j', 'pom.xml'), join(root, 'neo4j', 'pom.xml'));
  config = {
    ...base,
    root,
    neo4j: { ...base.neo4j, uri: undefined, password: undefined },
    neo4jHome: join(root, '.neo4j'),
    neo4jMode: 'docker',
    boltPort: await freePort(),
    httpPort: await freePort(),
    // What a user gets from config.ts (the test setup turns it off for the shared server).
    browserPostConnectCmd: browserPostConnectCmdFor(base.api.port),
  };
  connection = await startDocker(config, () => {});
  driver = createDriver(connection);
}, 900_000);

afterAll(async () => {
  await driver?.close();
  if (!engine.answers) return;
  await compose('down', '-v');
  rmSync(root, { recursive: true, force: true });
}, 300_000);

describe('the Docker path (docker compose, as kg db start runs it)', () => {
  it('answers Bolt and Browser on 127.0.0.1 at the ports config.ts chose', async () => {
    expect(connection).toMatchObject({
      mode: 'docker',
      uri: `bolt://127.0.0.1:${config.boltPort}`,
      browserUrl: `http://127.0.0.1:${config.httpPort}/browser/`,
    });
    expect(await databaseStatus(config)).toMatchObject({
      mode: 'docker',
      running: true,
      boltUri: connection.uri,
    });
  });

  it('runs every setting of src/db/neo4j-settings.ts, the Browser post-connect command included', async () => {
    const settings = neo4jSettings(containerPlacement(config));
    expect(settings.find((s) => s.key === 'browser.post_connect_cmd')?.value).toMatch(/^style http/);
    expect(await runningSettings(driver!, settings)).toEqual(expectedSettings(settings));
  });

  it("runs neo4j/pom.xml's release, with the APOC functions @neo4j/graphql 7 checks for", async () => {
    const kernel = await driver!.executeQuery(
      'CALL dbms.components() YIELD versions RETURN versions[0] AS v',
    );
    expect(kernel.records[0]?.get('v')).toBe(neo4jVersion(base.root));
    const { records } = await driver!.executeQuery(
      `SHOW FUNCTIONS YIELD name WHERE name IN ['apoc.util.validatePredicate', 'apoc.date.convertFormat']
       RETURN name ORDER BY name`,
    );
    expect(records.map((r) => r.get('name'))).toEqual([
      'apoc.date.convertFormat',
      'apoc.util.validatePredicate',
    ]);
  });

  it('serves Browser, whose discovery document sends it to the published Bolt port', async () => {
    const page = await fetch(connection.browserUrl!);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<title>Neo4j Browser<\/title>/i);
    const discovery = (await (await fetch(connection.httpUrl!)).json()) as Record<string, string>;
    expect(discovery.bolt_direct).toBe(`bolt://127.0.0.1:${config.boltPort}`);
  });

  it('keeps the data across kg db stop and start', async () => {
    await driver!.executeQuery("CREATE (:KgDockerTest {name: 'kept'})");
    await stopDocker(config, () => {});
    expect(await dockerServiceRunning(config)).toBe(false);
    await driver!.close();
    connection = await startDocker(config, () => {});
    driver = createDriver(connection);
    const { records } = await driver.executeQuery('MATCH (n:KgDockerTest) RETURN n.name AS name');
    expect(records.map((r) => r.get('name'))).toEqual(['kept']);
  }, 600_000);

  it('is reset by `docker compose down -v`, which deletes its volume', async () => {
    await driver!.close();
    driver = undefined;
    const volume = ['volume', 'inspect', `${project}_neo4j-data`];
    expect((await runCommand('docker', volume)).code).toBe(0);
    expect((await compose('down', '-v')).code).toBe(0);
    expect(await dockerServiceRunning(config)).toBe(false);
    expect((await runCommand('docker', volume)).code).not.toBe(0);
  }, 300_000);
});
