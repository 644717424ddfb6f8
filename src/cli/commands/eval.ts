import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { extractFile } from '../extract-file.js';
import { evaluateFixtures } from '../../eval/evaluate-fixtures.js';
import { formatReport } from '../../eval/score.js';
import { UsageError } from '../../errors.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description(
      'extract every fixture that has a gold file and print P/R/F1 per type (same figures as shared/eval/score.mjs)',
    )
    .option('-d, --dir <dir>', 'fixtures folder holding *.txt and gold/*.gold.json', 'fixtures')
    .option('--json', 'print the reports as JSON')
    .addHelpText(
      'after',
      "\nExamples:\n  kg eval                      # = npm run eval\n  kg eval --dir fixtures --json | jq '.[0]'",
    )
    .action(async (options: { dir: string; json?: boolean }) => {
      const results = await evaluateFixtures(options.dir, extractFile);
      if (results.length === 0)
        throw new UsageError(`eval: no gold files with documents under ${options.dir}/gold`);
      if (options.json)
        ctx.io.stdout(
          `${JSON.stringify(
            results.map((r) => r.report),
            null,
            2,
          )}\n`,
        );
      else ctx.io.stdout(`${results.map((r) => formatReport(r.report)).join('\n\n')}\n`);
    });
}
