// Exposure without a database: .env stays out of git, every server binds to loopback unless told
// otherwise, and production turns GraphiQL and introspection off.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { renderConf } from '../../src/db/neo4j-conf.js';

const withEnv = <T>(env: Record<string, string | undefined>, fn: () => T): T => {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  try {
    return fn();
  } finally {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
};

describe('.env', () => {
  test('is git-ignored (git check-ignore .env)', () => {
    expect(spawnSync('git', ['check-ignore', '-q', '.env']).status).toBe(0);
  });

  test('is not tracked', () => {
    // .env.example (a template without values) may be tracked; .env itself never.
    expect(execFileSync('git', ['ls-files', '.env'], { encoding: 'utf8' }).trim()).toBe('');
  });
});

describe('binding', () => {
  test('the API binds 127.0.0.1 unless HOST says otherwise', () => {
    expect(withEnv({ HOST: undefined }, () => loadConfig().api.host)).toBe('127.0.0.1');
    expect(withEnv({ HOST: '0.0.0.0' }, () => loadConfig().api.host)).toBe('0.0.0.0');
  });

  test('the local Neo4j listens on loopback only, with auth on', () => {
    const conf = renderConf(readFileSync('neo4j/neo4j.conf.template', 'utf8'), {
      boltPort: 7687,
      httpPort: 7474,
    });
    const settings = conf
      .split('\n')
      .filter((l) => /listen_address|auth_enabled|https?\.enabled/.test(l) && !l.startsWith('#'));
    expect(settings).toEqual([
      'server.default_listen_address=127.0.0.1',
      'server.bolt.listen_address=127.0.0.1:7687',
      'server.http.enabled=true',
      'server.http.listen_address=127.0.0.1:7474',
      'server.https.enabled=false',
      'dbms.security.auth_enabled=true',
    ]);
  });

  test('docker-compose publishes Neo4j on 127.0.0.1 only', () => {
    const compose = readFileSync('docker-compose.yml', 'utf8');
    // "- '127.0.0.1:${KG_BOLT_PORT:-7687}:7687'": host address, host port, container port.
    const published = [...compose.matchAll(/^\s*-\s*["']?([^"'\s]*:\d+)["']?\s*$/gm)].map((m) => m[1]!);
    expect(published.length).toBeGreaterThan(0);
    for (const port of published) expect(port).toMatch(/^127\.0\.0\.1:/);
  });
});

describe('production defaults', () => {
  test('NODE_ENV=production turns GraphiQL and introspection off; INTROSPECTION overrides', () => {
    const env = { NODE_ENV: 'production', GRAPHIQL: undefined, INTROSPECTION: undefined };
    expect(withEnv(env, () => loadConfig().api)).toMatchObject({ graphiql: false, introspection: false });
    expect(withEnv({ ...env, INTROSPECTION: 'true' }, () => loadConfig().api.introspection)).toBe(true);
    expect(
      withEnv({ NODE_ENV: undefined, INTROSPECTION: 'false' }, () => loadConfig().api.introspection),
    ).toBe(false);
  });
});
