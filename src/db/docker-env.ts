import { KgError } from '../errors.js';
import { PLUGINS, type Neo4jSetting } from './neo4j-settings.js';

// The neo4j 5.x image's docker-entrypoint.sh writes each NEO4J_… variable (but NEO4J_AUTH, NEO4J_PLUGINS
// and a few other control variables) into neo4j.conf: it drops the prefix, turns every `_` into `.`,
// then every `..` back into `_`, and skips empty values. So a setting is spelled with `_` for `.` and
// `__` for `_`: server.memory.heap.max_size ↔ NEO4J_server_memory_heap_max__size. Neo4j's docs give
// the same two rules. The 5.26 entrypoint has no spelling for `-` (`___` comes back as `_.`, not `-`),
// so a key with a `-`, or any key that would not come back unchanged, is refused here.

/** The setting the neo4j image writes for an environment variable, by the entrypoint's rule. */
export function settingKeyFromDockerEnv(name: string): string {
  return name
    .replace(/^NEO4J_/, '')
    .replaceAll('_', '.')
    .replaceAll('..', '_');
}

/** `server.memory.heap.max_size` → `NEO4J_server_memory_heap_max__size`. */
export function dockerEnvName(key: string): string {
  const name = `NEO4J_${key.replaceAll('_', '__').replaceAll('.', '_')}`;
  if (key.includes('-') || settingKeyFromDockerEnv(name) !== key)
    throw new KgError(
      'DOCKER_SETTING',
      `db: the Neo4j setting "${key}" has no NEO4J_… spelling the 5.26 image reads back unchanged. ` +
        `Set it in a mounted neo4j.conf instead, or drop it from src/db/neo4j-settings.ts.`,
    );
  return name;
}

/** The neo4j image's environment for these settings and the plugins of both paths (no NEO4J_AUTH). */
export function dockerEnvironment(settings: readonly Neo4jSetting[]): Record<string, string> {
  const environment: Record<string, string> = { NEO4J_PLUGINS: JSON.stringify(PLUGINS) };
  for (const { key, value } of settings) if (value) environment[dockerEnvName(key)] = value;
  return environment;
}
