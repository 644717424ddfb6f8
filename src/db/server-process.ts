import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What we know about the local server we launched: <home>/run/kg-server.json. */
export interface ServerState {
  pid: number;
  boltPort: number;
  httpPort: number;
  /** Who launched it (`cli`, `tests`): the test teardown stops only servers the tests started. */
  startedBy: string;
  startedAt: string;
}

const statePath = (home: string) => join(home, 'run', 'kg-server.json');
const pidPath = (home: string) => join(home, 'run', 'neo4j.pid');

/** True when `pid` is alive and is a Neo4j server (not a recycled pid of some other program). */
export function isNeo4jProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return true;
  try {
    return readFileSync(cmdline, 'utf8').includes('CommunityEntryPoint');
  } catch {
    return false;
  }
}

export function readState(home: string): ServerState | undefined {
  try {
    return JSON.parse(readFileSync(statePath(home), 'utf8')) as ServerState;
  } catch {
    return undefined;
  }
}

/** The state of a live server, or undefined (stale files are removed). */
export function runningServer(home: string): ServerState | undefined {
  const state = readState(home);
  if (state && isNeo4jProcess(state.pid)) return state;
  if (state) clearState(home);
  return undefined;
}

export function writeState(home: string, state: ServerState): void {
  writeFileSync(statePath(home), JSON.stringify(state, null, 2) + '\n');
  // neo4j-admin looks here to refuse offline operations on a running server.
  writeFileSync(pidPath(home), String(state.pid));
}

export function clearState(home: string): void {
  rmSync(statePath(home), { force: true });
  rmSync(pidPath(home), { force: true });
}
