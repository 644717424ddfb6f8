// A throwaway Neo4j of our own for tests that kill the server: the shared one serves every other test
// file (and, on a dev machine, the engineers working beside us), so it is never the one we SIGKILL.
// Built from the local server's jars (linked, not copied) with its own home, ports, data and password.
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig, type Config } from '../../../src/config.js';
import { startDatabase, stopDatabase, type Neo4jConnection } from '../../../src/db/index.js';
import { generatePassword } from '../../../src/db/password.js';
import { readState } from '../../../src/db/server-process.js';

const freePort = () =>
  new Promise<number>((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });

export interface PrivateServer {
  config: Config;
  connection: Neo4jConnection;
  /** SIGKILL: no clean shutdown, as when the machine or the container dies. */
  kill: () => number;
  restart: () => Promise<Neo4jConnection>;
  dispose: () => Promise<void>;
}

/** Starts a private local Neo4j; its root is a temp folder, so nothing is written to the project's .env. */
export async function startPrivateServer(log: (line: string) => void = () => {}): Promise<PrivateServer> {
  const project = loadConfig();
  const base = mkdtempSync(join(tmpdir(), 'kg-rel-neo4j-'));
  const root = join(base, 'root');
  const home = join(base, 'home');
  mkdirSync(root);
  mkdirSync(home);
  symlinkSync(resolve(project.root, 'neo4j'), join(root, 'neo4j')); // pom.xml and the conf template
  for (const dir of ['lib', 'plugins'])
    if (existsSync(join(project.neo4jHome, dir))) symlinkSync(join(project.neo4jHome, dir), join(home, dir));
  const config: Config = {
    ...project,
    root,
    neo4jHome: home,
    neo4jMode: 'local',
    boltPort: await freePort(),
    httpPort: await freePort(),
    neo4j: { ...project.neo4j, uri: undefined, password: generatePassword() },
  };
  const options = { log, startedBy: 'tests' };
  const server: PrivateServer = {
    config,
    connection: await startDatabase(config, options),
    kill: () => {
      const pid = readState(home)!.pid;
      process.kill(pid, 'SIGKILL');
      return pid;
    },
    restart: async () => (server.connection = await startDatabase(config, options)),
    dispose: async () => {
      await stopDatabase(config, { log });
      rmSync(base, { recursive: true, force: true });
    },
  };
  return server;
}
