import type { Neo4jConnection } from './connection.js';
import { createDriver } from './connection.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** True when the HTTP discovery document answers (GET / → 200 JSON with bolt_direct). */
export async function httpAnswers(httpUrl: string): Promise<boolean> {
  try {
    const response = await fetch(httpUrl, {
      signal: AbortSignal.timeout(2_000),
      headers: { accept: 'application/json' },
    });
    return response.ok;
  } catch {
    return false;
  }
}

/** One Bolt login; the error (never containing the password) when it fails. */
export async function boltAnswers(connection: Neo4jConnection): Promise<Error | undefined> {
  const driver = createDriver(connection);
  try {
    await driver.verifyConnectivity({ database: connection.database });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  } finally {
    await driver.close();
  }
}

/**
 * Polls HTTP (when known) then Bolt until both answer; `alive` lets the caller stop early when the
 * server process has died. Returns the last Bolt error on timeout.
 */
export async function waitUntilReady(
  connection: Neo4jConnection,
  options: { timeoutMs: number; alive?: () => boolean },
): Promise<{ ready: true } | { ready: false; reason: string }> {
  const deadline = Date.now() + options.timeoutMs;
  let reason = 'timed out';
  while (Date.now() < deadline) {
    if (options.alive && !options.alive()) return { ready: false, reason: 'the server process exited' };
    if (!connection.httpUrl || (await httpAnswers(connection.httpUrl))) {
      const error = await boltAnswers(connection);
      if (!error) return { ready: true };
      reason = error.message;
      // A wrong password will not fix itself by waiting.
      if (/unauthorized|authentication/i.test(error.message)) return { ready: false, reason };
    }
    await sleep(250);
  }
  return { ready: false, reason: `timed out after ${options.timeoutMs / 1000}s (${reason})` };
}
