import type { Command } from 'commander';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { connectDatabase } from '../../db/index.js';
import { ingest } from '../../pipeline.js';
import type { CliContext } from '../context.js';
import { formatSummary } from './ingest.js';
import { serveGraphql } from './serve.js';

/**
 * The demo graph: the documents at the top of fixtures/ (the seed and our own three). Its sub-folders are
 * test material — layout variants, HTML pages, the dev and blind evaluation corpora — that `kg ingest
 * fixtures/` still takes when asked, but that would slow a first start and blur the README's answers.
 */
async function demoDocuments(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(txt|html?)$/i.test(entry.name) && entry.name !== 'README.md')
    .map((entry) => join(folder, entry.name))
    .sort();
}

/** `kg start` (what `npm start` runs): the main job as a short list of steps. */
export function register(program: Command, ctx: CliContext): void {
  const { io, config } = ctx;
  program
    .command('start')
    .description(
      'start Neo4j, ingest the demo documents of fixtures/ (unchanged ones are skipped), then serve GraphQL',
    )
    .option('--no-serve', 'stop after ingesting (print the addresses and exit)')
    .addHelpText(
      'after',
      '\nExamples:\n  npm start\n  npm run -s kg -- start --no-serve\n  NEO4J_URI=bolt://db.example:7687 kg start   # a server you run; set NEO4J_PASSWORD too',
    )
    .action(async (options: { serve: boolean }) => {
      const { connection, driver } = await connectDatabase(config, { log: (line) => io.stderr(`${line}\n`) });
      try {
        const demo = await demoDocuments(join(config.root, 'fixtures'));
        io.stderr(`Ingesting the ${demo.length} demo documents of ${join(config.root, 'fixtures')} …\n`);
        const summary = await ingest(demo, {
          driver,
          database: connection.database,
        });
        io.stderr(formatSummary(summary));
      } finally {
        await driver.close();
      }
      io.stdout(`Neo4j Browser: ${connection.browserUrl ?? `(not served; Bolt at ${connection.uri})`}\n`);
      io.stdout(`  Connect URL: ${connection.uri}\n`);
      io.stdout(`  Login:       ${connection.user} / the NEO4J_PASSWORD in ${join(config.root, '.env')}\n`);
      if (options.serve) await serveGraphql(ctx, { quietBrowser: true });
    });
}
