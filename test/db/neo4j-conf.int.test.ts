import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { findJava } from '../../src/db/java.js';
import { jvmOptions } from '../../src/db/neo4j-conf.js';
import { runCommand } from '../../src/db/run-command.js';
import { testConnection } from '../support/neo4j.js';

const connection = testConnection();
const config = loadConfig();

// We launch CommunityEntryPoint ourselves; this pins our JVM flags to what the official launcher
// (`neo4j console --dry-run`, same jars, same conf) would pass, e.g. the --add-opens lines.
describe.skipIf(connection.mode !== 'local')('the local server command line', () => {
  it('has the JVM options of `neo4j console --dry-run`', async () => {
    const home = config.neo4jHome;
    const java = await findJava(config.javaHome);
    const result = await runCommand(
      java!.java,
      ['-cp', join(home, 'lib', '*'), 'org.neo4j.server.startup.Neo4jCommand', 'console', '--dry-run'],
      { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') } },
    );
    // It prints the command, then exits 1 with "Neo4j is already running" since run/neo4j.pid is ours.
    expect(result.stdout).toContain('org.neo4j.server.CommunityEntryPoint');
    const words = result.stdout.trim().split(/\s+/);
    const official = words.slice(
      words.indexOf('-cp') + 2,
      words.indexOf('org.neo4j.server.CommunityEntryPoint'),
    );
    expect(jvmOptions(readFileSync(join(home, 'conf', 'neo4j.conf'), 'utf8'))).toEqual(official);
  });
});
