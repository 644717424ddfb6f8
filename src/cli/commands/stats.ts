import type { Command } from 'commander';
import type { Driver } from 'neo4j-driver';
import { connectDatabase } from '../../db/index.js';
import { graphCounts } from '../../load/index.js';
import type { CliContext } from '../context.js';

/** Runs `fn` with a driver on the project's Neo4j (started if needed) and closes it after. */
export async function withGraph<T>(
  ctx: CliContext,
  fn: (driver: Driver, database: string) => Promise<T>,
): Promise<T> {
  const { connection, driver } = await connectDatabase(ctx.config, {
    log: (line) => ctx.io.stderr(line + '\n'),
  });
  try {
    return await fn(driver, connection.database);
  } finally {
    await driver.close();
  }
}

/** `kg stats [--json]`: node counts per label and relationship counts per type. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('stats')
    .description('count nodes per label and relationships per type')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  kg stats\n  kg stats --json | jq .labels.Person')
    .action(async (options: { json?: boolean }) => {
      const counts = await withGraph(ctx, (driver, database) => graphCounts(driver, database));
      if (options.json) return ctx.io.stdout(JSON.stringify(counts, null, 2) + '\n');
      const rows = (title: string, table: Record<string, number>) =>
        `${title}\n` +
        Object.entries(table)
          .map(([k, n]) => `  ${k.padEnd(18)} ${String(n).padStart(8)}\n`)
          .join('');
      ctx.io.stdout(rows('nodes', counts.labels) + rows('relationships', counts.relationships));
    });
}
