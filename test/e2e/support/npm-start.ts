import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What `npm start` printed once it was ready, and how long that took. */
export interface StartedApp {
  child: ChildProcess;
  env: NodeJS.ProcessEnv;
  browserUrl: string;
  connectUrl: string;
  graphqlUrl: string;
  secondsToReady: number;
  output: () => string;
  stop: () => Promise<void>;
}

/** A port nothing listens on right now (the OS picks it). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

// Settings a test run sets for its own shared server; a user's shell has none of them.
const TEST_ONLY_ENV = ['NEO4J_URI', 'KG_BROWSER_POST_CONNECT_CMD', 'KG_NEO4J_HOME', 'VITEST', 'NODE_ENV'];

/**
 * Runs exactly what a user runs, `npm start`, from the project root, on a fresh data folder. The only
 * settings changed are the data folder and the three ports, because the test run's own Neo4j already holds
 * the default ones; everything else (the post-connect command, CORS, the password in .env) is the default.
 */
export async function npmStart(root: string, timeoutMs = 420_000): Promise<StartedApp> {
  const [boltPort, httpPort, apiPort] = [await freePort(), await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of TEST_ONLY_ENV) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST_')) delete env[name];
  Object.assign(env, {
    KG_NEO4J_HOME: mkdtempSync(join(tmpdir(), 'kg-first-run-')),
    KG_BOLT_PORT: String(boltPort),
    KG_HTTP_PORT: String(httpPort),
    PORT: String(apiPort),
  });
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm start: not ready in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const check = (): void => {
      if (!output.includes('Press Ctrl+C')) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code} before it was ready:\n${output}`));
    });
  });
  const secondsToReady = (performance.now() - started) / 1000;
  const line = (label: string): string => {
    const match = new RegExp(`${label}\\s+(\\S+)`).exec(output);
    if (!match) throw new Error(`npm start printed no "${label}" line:\n${output}`);
    return match[1]!;
  };
  const stop = async (): Promise<void> => {
    // Ctrl+C stops GraphQL (the whole npm process group, as a terminal would); `kg db stop` stops Neo4j.
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid!, 'SIGINT');
      await exited;
    }
    spawnSync('npm', ['run', '-s', 'kg', '--', 'db', 'stop'], { cwd: root, env, stdio: 'ignore' });
  };
  return {
    child,
    env,
    browserUrl: line('Neo4j Browser:'),
    connectUrl: line('Connect URL:'),
    graphqlUrl: line('GraphQL:'),
    secondsToReady,
    output: () => output,
    stop,
  };
}
