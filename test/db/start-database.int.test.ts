import { Command } from 'commander';
import { afterAll, describe, expect, it } from 'vitest';
import { register } from '../../src/cli/commands/db.js';
import { loadConfig } from '../../src/config.js';
import { databaseStatus, startDatabase } from '../../src/db/index.js';
import { readState, writeState } from '../../src/db/server-process.js';
import { testConnection } from '../support/neo4j.js';

const connection = testConnection();
const config = loadConfig();
const ownerBefore = readState(config.neo4jHome);

/** `kg db …` through the real command module, output captured. */
async function kg(...argv: string[]): Promise<string> {
  let out = '';
  const io = { stdout: (t: string) => void (out += t), stderr: (t: string) => void (out += t), isTTY: false };
  const program = new Command('kg').exitOverride();
  register(program, { io, config });
  await program.parseAsync(argv, { from: 'user' });
  return out;
}

// `kg db start` marks the server as the user's; give it back to the tests so their teardown still stops it.
afterAll(() => {
  const now = readState(config.neo4jHome);
  if (ownerBefore && now && now.pid === ownerBefore.pid) writeState(config.neo4jHome, ownerBefore);
});

describe.skipIf(connection.mode !== 'local')('starting the local server again', () => {
  it('startDatabase returns the same connection and launches no second process', async () => {
    const before = await databaseStatus(config);
    const started = Date.now();
    const [first, second] = [
      await startDatabase(config, { startedBy: 'tests' }),
      await startDatabase(config, { startedBy: 'tests' }),
    ];
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(first).toEqual(second);
    expect(first).toEqual(connection);
    expect((await databaseStatus(config)).pid).toBe(before.pid);
  });

  it('kg db start twice prints the same address and never the password', async () => {
    const pid = (await databaseStatus(config)).pid;
    const once = await kg('db', 'start');
    const twice = await kg('db', 'start');
    expect(twice).toBe(once);
    expect(once).toContain(connection.browserUrl!);
    expect(once).not.toContain(connection.password);
    expect((await databaseStatus(config)).pid).toBe(pid);
  });

  it('kg db status --json says local and running, without the password', async () => {
    const text = await kg('db', 'status', '--json');
    expect(JSON.parse(text)).toMatchObject({
      mode: 'local',
      running: true,
      boltUri: connection.uri,
      user: 'neo4j',
    });
    expect(text).not.toContain(connection.password);
  });
});
