import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { composeSettings, renderDockerCompose } from '../../src/db/docker-compose.js';
import { dockerEnvironment } from '../../src/db/docker-env.js';
import { jvmOptions, renderConf } from '../../src/db/neo4j-conf.js';
import { neo4jImage } from '../../src/db/neo4j-image.js';
import { containerPlacement, neo4jSettings } from '../../src/db/neo4j-settings.js';

// One edit to src/db/neo4j-settings.ts, as a maintainer would make it: the heap grows to 3g, and a
// setting is added. Every path reads the list through neo4jSettings(), so the mock reaches them all.
vi.mock('../../src/db/neo4j-settings.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/db/neo4j-settings.js')>();
  return {
    ...original,
    neo4jSettings: (placement: Parameters<typeof original.neo4jSettings>[0]) => [
      ...original
        .neo4jSettings(placement)
        .map((s) => (s.key === 'server.memory.heap.max_size' ? { ...s, value: '3g' } : s)),
      { key: 'db.logs.query.enabled', value: 'OFF', why: 'a setting added to the list' },
    ],
  };
});

const template = readFileSync('neo4j/neo4j.conf.template', 'utf8');

describe('one change to the settings list', () => {
  it("reaches the local server's neo4j.conf and its JVM heap", () => {
    const conf = renderConf(template, { boltPort: 7687, httpPort: 7474 });
    expect(conf).toMatch(/^server\.memory\.heap\.max_size=3g$/m);
    expect(conf).toMatch(/^db\.logs\.query\.enabled=OFF$/m);
    expect(jvmOptions(conf)).toContain('-Xmx3145728k');
  });

  it('reaches docker-compose.yml, whose committed copy is then stale', () => {
    const compose = renderDockerCompose({ image: neo4jImage(process.cwd()), settings: composeSettings() });
    expect(compose).toContain("NEO4J_server_memory_heap_max__size: '3g'");
    expect(compose).toContain("NEO4J_db_logs_query_enabled: 'OFF'");
    expect(compose).not.toBe(readFileSync('docker-compose.yml', 'utf8'));
  });

  it("reaches the tests' container", () => {
    const environment = dockerEnvironment(neo4jSettings(containerPlacement({ boltPort: 1, httpPort: 2 })));
    expect(environment).toMatchObject({
      NEO4J_server_memory_heap_max__size: '3g',
      NEO4J_db_logs_query_enabled: 'OFF',
    });
  });
});
