import { describe, expect, it } from 'vitest';
import { dockerEnvironment, dockerEnvName, settingKeyFromDockerEnv } from '../../src/db/docker-env.js';
import { containerPlacement, neo4jSettings } from '../../src/db/neo4j-settings.js';
import { KgError } from '../../src/errors.js';

const settings = neo4jSettings(
  containerPlacement({
    boltPort: 17687,
    httpPort: 17474,
    browserPostConnectCmd: 'play http://localhost:4000/',
  }),
);

describe('dockerEnvName', () => {
  it.each([
    ['server.memory.heap.max_size', 'NEO4J_server_memory_heap_max__size'],
    ['browser.post_connect_cmd', 'NEO4J_browser_post__connect__cmd'],
    ['browser.remote_content_hostname_whitelist', 'NEO4J_browser_remote__content__hostname__whitelist'],
    ['db.tx_log.rotation.retention_policy', 'NEO4J_db_tx__log_rotation_retention__policy'],
    ['dbms.security.procedures.unrestricted', 'NEO4J_dbms_security_procedures_unrestricted'],
  ])('%s → %s', (key, name) => {
    expect(dockerEnvName(key)).toBe(name);
  });

  it.each(settings.map((s) => s.key))('%s comes back unchanged through the image entrypoint rule', (key) => {
    expect(settingKeyFromDockerEnv(dockerEnvName(key))).toBe(key);
  });

  // "-" has no spelling in the 5.26 entrypoint; "a._b" is written NEO4J_a___b, which it reads as "a_.b".
  it.each(['server.some-setting', 'a._b'])('refuses %s, which the image would not read back', (key) => {
    expect(() => dockerEnvName(key)).toThrow(KgError);
  });
});

describe('dockerEnvironment', () => {
  it('carries every setting that has a value, by its NEO4J_ name, and asks for APOC', () => {
    const environment = dockerEnvironment(settings);
    const expected = Object.fromEntries(
      settings.filter((s) => s.value !== undefined).map((s) => [dockerEnvName(s.key), s.value]),
    );
    expect(environment).toEqual({ NEO4J_PLUGINS: '["apoc"]', ...expected });
  });

  it('leaves out an unset post-connect command (the entrypoint would skip an empty one anyway)', () => {
    const none = dockerEnvironment(neo4jSettings(containerPlacement({ boltPort: 7687, httpPort: 7474 })));
    expect(Object.keys(none)).not.toContain('NEO4J_browser_post__connect__cmd');
  });
});
