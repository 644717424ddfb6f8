import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { browserPostConnectCmdFor, DEFAULT_API_PORT, loadConfig } from '../../src/config.js';
import { composeVariables } from '../../src/db/docker.js';
import { composeSettings, renderDockerCompose, WRITE_COMPOSE_COMMAND } from '../../src/db/docker-compose.js';
import { dockerEnvironment, settingKeyFromDockerEnv } from '../../src/db/docker-env.js';
import { neo4jImage } from '../../src/db/neo4j-image.js';
import { renderConf } from '../../src/db/neo4j-conf.js';
import { containerPlacement, neo4jSettings } from '../../src/db/neo4j-settings.js';

const root = process.cwd();
const committed = readFileSync('docker-compose.yml', 'utf8');
const template = readFileSync('neo4j/neo4j.conf.template', 'utf8');

interface ComposeFile {
  services: { neo4j: { image: string; environment: Record<string, string>; ports: string[] } };
}
const service = (parse(committed) as ComposeFile).services.neo4j;

/** Compose's interpolation, for the forms the file uses: ${X:-default}, ${X-default}, ${X:?error}. */
function interpolate(text: string, env: Record<string, string | undefined>): string {
  return text.replace(/\$\{([A-Z_]+)(?:(:?)([-?])([^}]*))?\}/g, (_, name: string, colon, op, arg: string) => {
    const value = env[name];
    const missing = value === undefined || (colon === ':' && value === '');
    if (op === '?' && missing) throw new Error(arg);
    return op === '-' && missing ? arg : (value ?? '');
  });
}

/** neo4j.conf as the image's entrypoint writes it from the file's environment: control variables and empty values left out. */
function settingsInContainer(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(service.environment)
      .filter(([name]) => name !== 'NEO4J_AUTH' && name !== 'NEO4J_PLUGINS')
      .map(([name, value]) => [settingKeyFromDockerEnv(name), interpolate(value, env)])
      .filter(([, value]) => value !== ''),
  );
}

/** `key=value` lines of a conf text; `server.jvm.additional` is the one key that repeats, so left out. */
function confSettings(text: string): Record<string, string> {
  const lines = text.split('\n').filter((line) => /^[a-z][\w.]*=/.test(line));
  return Object.fromEntries(
    lines
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const)
      .filter(([key]) => key !== 'server.jvm.additional'),
  );
}

// A bare `docker compose up` in a checkout whose .env sets only the password.
const bareUp = { NEO4J_PASSWORD: 'a-password-of-ours' };

describe('docker-compose.yml', () => {
  it(`is what src/db renders (else run ${WRITE_COMPOSE_COMMAND})`, () => {
    expect(committed).toBe(renderDockerCompose({ image: neo4jImage(root), settings: composeSettings() }));
  });

  it("pins the image to neo4j/pom.xml's release, with APOC as the local server's plugins/ has it", () => {
    const pom = readFileSync('neo4j/pom.xml', 'utf8');
    const version = /<neo4j\.version>([^<]+)</.exec(pom)![1];
    expect(service.image).toBe(`neo4j:${version}-community`);
    expect(version).toMatch(/^5\.26\.\d+$/);
    expect(JSON.parse(service.environment.NEO4J_PLUGINS!)).toEqual(['apoc']);
    expect(pom).toContain('<artifactId>apoc-core</artifactId>');
  });

  it('sets what the local neo4j.conf sets, the same way, apart from the interface bound inside the container', () => {
    const local = confSettings(
      renderConf(template, {
        boltPort: 7687,
        httpPort: 7474,
        browserPostConnectCmd: browserPostConnectCmdFor(DEFAULT_API_PORT),
      }),
    );
    for (const key of Object.keys(confSettings(template))) delete local[key];
    expect(settingsInContainer(bareUp)).toEqual({
      ...local,
      'server.default_listen_address': '0.0.0.0',
      'server.bolt.listen_address': '0.0.0.0:7687',
      'server.http.listen_address': '0.0.0.0:7474',
    });
  });

  it('runs the post-connect command of config.ts on a bare `up`, and none when KG_BROWSER_POST_CONNECT_CMD is empty', () => {
    // loadConfig's default when neither PORT nor KG_BROWSER_POST_CONNECT_CMD is set.
    const configDefault = browserPostConnectCmdFor(DEFAULT_API_PORT);
    expect(settingsInContainer(bareUp)['browser.post_connect_cmd']).toBe(configDefault);
    expect(settingsInContainer({ ...bareUp, KG_BROWSER_POST_CONNECT_CMD: '' })).not.toHaveProperty(
      'browser.post_connect_cmd',
    );
  });

  it("under `kg db start` gets the tests' container environment for the same config", () => {
    const config = { ...loadConfig(root), boltPort: 17687, httpPort: 17474, browserPostConnectCmd: 'play x' };
    const fromCompose = settingsInContainer({ ...bareUp, ...composeVariables(config) });
    const container = dockerEnvironment(neo4jSettings(containerPlacement(config)));
    const fromContainer = Object.fromEntries(
      Object.entries(container)
        .filter(([name]) => name !== 'NEO4J_PLUGINS')
        .map(([name, value]) => [settingKeyFromDockerEnv(name), value]),
    );
    expect(fromCompose).toEqual(fromContainer);
    expect(fromCompose['server.bolt.advertised_address']).toBe('127.0.0.1:17687');
  });

  it('publishes both ports on 127.0.0.1 at the ports config.ts chooses', () => {
    const config = { ...loadConfig(root), boltPort: 17687, httpPort: 17474 };
    const ports = service.ports.map((port) => interpolate(port, composeVariables(config)));
    expect(ports).toEqual(['127.0.0.1:17474:7474', '127.0.0.1:17687:7687']);
  });
});
