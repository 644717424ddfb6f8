import type { Command } from 'commander';
import { databaseStatus, startDatabase, stopDatabase } from '../../db/index.js';
import type { CliContext } from '../context.js';

const MODE_NAMES = {
  env: 'NEO4J_URI (external server)',
  docker: 'Docker (docker-compose.yml)',
  local: 'local server (Maven Central jars)',
};

/** `kg db start | stop | status`: the three ways src/db gets a Neo4j, behind one switch. */
export function register(program: Command, ctx: CliContext): void {
  const { io, config } = ctx;
  const log = (line: string) => io.stderr(line + '\n');
  const db = program
    .command('db')
    .description('start, stop or inspect the Neo4j server (NEO4J_URI, else Docker, else a local server)')
    .addHelpText('after', '\nExamples:\n  kg db start\n  kg db status --json\n  kg db stop');

  db.command('start')
    .description('start Neo4j (or reuse the running one) and print where it is')
    .addHelpText(
      'after',
      '\nExamples:\n  kg db start\n  NEO4J_URI=bolt://db.example:7687 kg db start   # use a server you run',
    )
    .action(async () => {
      const connection = await startDatabase(config, { log });
      io.stdout(`Neo4j is running (${MODE_NAMES[connection.mode]})\n`);
      io.stdout(`  Bolt:    ${connection.uri}\n`);
      if (connection.browserUrl) io.stdout(`  Browser: ${connection.browserUrl}\n`);
      io.stdout(`  Login:   ${connection.user} / password in .env (NEO4J_PASSWORD)\n`);
    });

  db.command('stop')
    .description('stop the Docker or local Neo4j (data is kept)')
    .addHelpText('after', '\nExamples:\n  kg db stop')
    .action(async () => {
      await stopDatabase(config, { log });
    });

  db.command('status')
    .description('which way is in use, whether it runs, where Browser is')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  kg db status\n  kg db status --json | jq .browserUrl')
    .action(async (options: { json?: boolean }) => {
      const status = await databaseStatus(config);
      if (options.json) return io.stdout(JSON.stringify(status, null, 2) + '\n');
      io.stdout(`mode:    ${MODE_NAMES[status.mode]}\n`);
      io.stdout(`running: ${status.running ? 'yes' : 'no'}${status.pid ? ` (pid ${status.pid})` : ''}\n`);
      if (status.boltUri) io.stdout(`bolt:    ${status.boltUri}\n`);
      if (status.browserUrl) io.stdout(`browser: ${status.browserUrl}\n`);
      if (status.user) io.stdout(`login:   ${status.user} / password in .env (NEO4J_PASSWORD)\n`);
      if (status.home) io.stdout(`home:    ${status.home}\n`);
    });
}
