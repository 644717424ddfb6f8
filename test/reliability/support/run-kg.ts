import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Neo4jConnection } from '../../../src/db/index.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PRELOAD = fileURLToPath(new URL('./report-peak-rss.ts', import.meta.url));

export interface KgRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak RSS of the kg process, in kB (from process.resourceUsage in the child). */
  peakRssKb: number;
}

/** Env that points a child `kg` at the test server, whatever way the global setup got it. */
export function neo4jEnv(connection: Neo4jConnection): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEO4J_URI: connection.uri,
    NEO4J_USER: connection.user,
    NEO4J_PASSWORD: connection.password,
    NEO4J_DATABASE: connection.database,
  };
}

/** Starts `kg ARGS…` exactly as bin/kg.mjs does (node --import tsx src/cli/main.ts), in the project root. */
export function spawnKg(
  args: string[],
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; done: Promise<KgRun> } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', PRELOAD, 'src/cli/main.ts', ...args],
    {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<KgRun>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      const rss = /kg-peak-rss-kb=(\d+)/.exec(stderr);
      resolve({
        code,
        signal,
        stdout,
        stderr: stderr.replace(/\n?kg-peak-rss-kb=\d+\n/, ''),
        peakRssKb: rss ? Number(rss[1]) : NaN,
      });
    });
  });
  return { child, done };
}

/** Runs `kg ARGS…` to the end. */
export const runKg = (args: string[], env: NodeJS.ProcessEnv): Promise<KgRun> => spawnKg(args, env).done;
