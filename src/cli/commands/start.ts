import type { Command } from 'commander';
import { startDatabase } from '../../db/index.js';
import type { CliContext } from '../context.js';

/** `kg start` (what `npm start` runs): the main job as a short list of steps. */
export function register(program: Command, ctx: CliContext): void {
  const { io, config } = ctx;
  program
    .command('start')
    .description('start Neo4j and print Neo4j Browser’s address and login')
    .action(async () => {
      const connection = await startDatabase(config, { log: (line) => io.stderr(line + '\n') });
      // Later steps (ingest the fixtures, serve GraphQL) go here, each one line.
      io.stdout(`Neo4j Browser: ${connection.browserUrl ?? `(not served; Bolt at ${connection.uri})`}\n`);
      io.stdout(`  Connect URL: ${connection.uri}\n`);
      io.stdout(`  Login:       ${connection.user} / the NEO4J_PASSWORD in ${config.root}/.env\n`);
    });
}
