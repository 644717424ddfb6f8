import type { Command } from 'commander';
import { removeDocument } from '../../load/index.js';
import { documentId } from '../../parse/index.js';
import type { CliContext } from '../context.js';
import { withGraph } from './stats.js';

/** `kg remove DOC…`: takes a document and every fact only it stated out of the graph (id `doc:…` or its path). */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('remove')
    .description('remove documents (by id doc:… or by path) and the facts only they stated')
    .argument('<doc...>', 'document ids or paths')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  kg remove doc:000-3e7985f103b3e583\n  kg remove fixtures/001_tatarstan-krasnodar-avril-2025.txt --json',
    )
    .action(async (docs: string[], options: { json?: boolean }) => {
      const ids = docs.map((d) => (d.startsWith('doc:') ? d : documentId(d)));
      const results = await withGraph(ctx, async (driver, database) => {
        const out = [];
        for (const id of ids) out.push({ id, ...(await removeDocument(driver, id, database)) });
        return out;
      });
      if (options.json) return ctx.io.stdout(JSON.stringify(results, null, 2) + '\n');
      for (const r of results)
        ctx.io.stdout(
          r.found
            ? `${r.id}: removed (${r.nodesDeleted} nodes, ${r.relationshipsDeleted} relationships deleted)\n`
            : `${r.id}: not in the graph\n`,
        );
    });
}
