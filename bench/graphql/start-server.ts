import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { createApi, listen } from '../../src/api/index.js';
import type { GraphKind } from './bench-database.js';

export interface RunningApi {
  url: string;
  where: 'child process' | 'in process';
  stop(): Promise<void>;
}

const ENTRY = fileURLToPath(new URL('./serve-api.ts', import.meta.url));

/** The API in a child process (default: its CPU and memory are its own, as under `kg serve`). */
export async function startChildApi(
  kind: GraphKind,
  apiModule?: string,
  timeoutMs = 120_000,
): Promise<RunningApi> {
  // execArgv carries tsx's loader hooks, so the child runs TypeScript the way this process does.
  const child: ChildProcess = spawn(
    process.execPath,
    [...process.execArgv, ENTRY, kind, ...(apiModule ? [apiModule] : [])],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`bench: API child did not start within ${timeoutMs} ms`)),
      timeoutMs,
    );
    child.once('exit', (code) => reject(new Error(`bench: API child exited with code ${code}`)));
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve((JSON.parse(line) as { url: string }).url);
    });
  });
  return {
    url,
    where: 'child process',
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

/** The API in this process (`--in-process`): load generator and server then share one event loop. */
export async function startInProcessApi(driver: Driver, database: string): Promise<RunningApi> {
  const api = await createApi({ driver, database, graphiql: false });
  const { server, url } = await listen(api, { host: '127.0.0.1', port: 0 });
  return { url, where: 'in process', stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
