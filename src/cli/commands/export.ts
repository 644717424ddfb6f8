import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from '../../export/index.js';
import type { CliContext } from '../context.js';
import { withGraph } from './stats.js';

/** `kg export --format graphml|gexf|json [--out F]`: the whole graph for Gephi, yEd or scripts. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description('export the graph as GraphML, GEXF or JSON (stdout unless --out)')
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('graphml'))
    .option('--out <file>', 'write to this file')
    .addHelpText(
      'after',
      "\nExamples:\n  kg export --out graph.graphml                  # open in yEd or Gephi\n  kg export --format gexf --out graph.gexf\n  kg export --format json | jq '.nodes | length'",
    )
    .action(async (options: { format: ExportFormat; out?: string }) => {
      const text = await withGraph(ctx, (driver, database) => exportGraph(driver, options.format, database));
      if (!options.out) return ctx.io.stdout(text);
      await writeFile(options.out, text);
      ctx.io.stderr(`wrote ${options.out} (${options.format}, ${text.length} characters)\n`);
    });
}
