import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig, type Config } from '../../src/config.js';

/**
 * The loader benchmark's own local server, never the shared dev server on 7687 (removing 1,000
 * generated documents there would break other engineers' tests) nor bench/graphql's `.neo4j-bench`
 * on 7688, which holds its prepared 10,000-document graph. NEO4J_URI is dropped: src/db prefers it
 * over everything and it may name the dev server. KG_NEO4J_HOME / KG_BOLT_PORT / KG_HTTP_PORT, when
 * set, still win (the password is then the home's own record, src/db/password.ts).
 */
export function loadBenchConfig(root = process.cwd()): Config {
  const base = loadConfig(root);
  const env = process.env;
  return {
    ...base,
    neo4j: { ...base.neo4j, uri: undefined },
    neo4jHome: resolve(root, env.KG_NEO4J_HOME || '.neo4j-bench-load'),
    boltPort: Number(env.KG_BOLT_PORT || 7690),
    httpPort: Number(env.KG_HTTP_PORT || 7477),
    neo4jMode: 'local',
    browserPostConnectCmd: undefined,
  };
}

/**
 * CPU seconds the server process has used so far (Linux /proc), or undefined elsewhere. On a shared
 * 2-core machine the wall clock mostly measures the other engineers' load; the server's own CPU time
 * per relationship is the figure that compares across runs.
 */
export function processCpuSeconds(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** The 1-minute load average (0 where /proc is missing). */
export function loadAverage(): number {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return 0;
  }
}
