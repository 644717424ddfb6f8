import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseUnavailableError } from '../errors.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function ownerAlive(lock: string): boolean {
  try {
    process.kill(Number(readFileSync(join(lock, 'pid'), 'utf8')), 0);
    return true;
  } catch {
    // No pid yet (just created) counts as alive for a few seconds.
    try {
      return Date.now() - statSync(lock).mtimeMs < 5_000;
    } catch {
      return false;
    }
  }
}

/**
 * Runs `job` while holding <home>/run/start.lock, so `kg db start` in one terminal and the test
 * globalSetup in another never launch two servers on one data directory (the second would exit
 * with "store is locked"). mkdir is atomic; a lock left by a dead process is taken over.
 */
export async function withStartLock<T>(home: string, job: () => Promise<T>, timeoutMs = 600_000): Promise<T> {
  const lock = join(home, 'run', 'start.lock');
  mkdirSync(join(home, 'run'), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!ownerAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline)
        throw new DatabaseUnavailableError(
          `db: another process holds ${lock}; remove it if no kg is running.`,
        );
      else await sleep(250);
    }
  }
  try {
    return await job();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
