import type { Command } from 'commander';
import { join } from 'node:path';
import type { CliContext } from '../context.js';
import { extractFile } from '../extract-file.js';
import { evaluateFixtures, type FixtureScore } from '../../eval/evaluate-fixtures.js';
import { formatPooledTable, poolReports } from '../../eval/pool-reports.js';
import { formatReport } from '../../eval/score.js';
import { formatReliability, reliability, type Reliability } from '../../eval/calibration.js';
import { UsageError } from '../../errors.js';

/**
 * The sets the README's score table reports, each pooled over its documents. `seed` is the real seed page;
 * `fixtures` our own documents 001–003 (used for error analysis, so optimistic); `dev` the corpus half we
 * tune on; `blind` the half nobody tunes on or reads for misses — the honest figure.
 */
const SETS: Record<string, { dir: string; keep: (file: string) => boolean }> = {
  seed: { dir: 'fixtures', keep: (file) => /[\\/]000_[^\\/]*$/.test(file) },
  fixtures: { dir: 'fixtures', keep: (file) => !/[\\/]000_[^\\/]*$/.test(file) },
  dev: { dir: join('fixtures', 'corpus', 'dev'), keep: () => true },
  blind: { dir: join('fixtures', 'corpus', 'blind'), keep: () => true },
};

const ALL_SETS = Object.keys(SETS).join(',');

export function register(program: Command, ctx: CliContext): void {
  program
    .command('eval')
    .description(
      'extract every document that has a gold file and print P/R/F1 per type (same figures as shared/eval/score.mjs)',
    )
    .option('-d, --dir <dir>', 'one folder holding *.txt and gold/*.gold.json: a report per document')
    .option('-s, --sets <names>', `pooled sets, comma-separated (${Object.keys(SETS).join(', ')})`, ALL_SETS)
    .option(
      '--calibration',
      'a reliability table per set (confidence bucket → count, precision; precision and coverage at ≥ 0.8); sets default to dev,blind',
    )
    .option('--json', 'print the reports as JSON')
    .addHelpText(
      'after',
      "\nExamples:\n  kg eval                      # = npm run eval: F1 per type for seed, fixtures, dev and blind\n  kg eval --sets dev           # only the dev half\n  kg eval --calibration        # is confidence ≥ 0.8 right? dev and blind halves\n  kg eval --dir fixtures/corpus/dev          # one report per document\n  kg eval --dir fixtures --json | jq '.[0]'",
    )
    .action(async (options: { dir?: string; sets: string; json?: boolean; calibration?: boolean }) => {
      if (options.dir) {
        const results = await evaluateFixtures(options.dir, extractFile);
        if (results.length === 0)
          throw new UsageError(`eval: no gold files with documents under ${options.dir}/gold`);
        if (options.calibration) {
          const table = reliability(
            options.dir,
            results.map((r) => r.matches),
          );
          ctx.io.stdout(
            options.json ? `${JSON.stringify([table], null, 2)}\n` : `${formatReliability([table])}\n`,
          );
          return;
        }
        const reports = results.map((r) => r.report);
        ctx.io.stdout(
          options.json
            ? `${JSON.stringify(reports, null, 2)}\n`
            : `${reports.map(formatReport).join('\n\n')}\n`,
        );
        return;
      }
      const pooled = [];
      const calibration: Reliability[] = [];
      const sets = options.calibration && options.sets === ALL_SETS ? 'dev,blind' : options.sets;
      for (const name of sets
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        const set = SETS[name];
        if (!set)
          throw new UsageError(`eval: no set "${name}"; the sets are ${Object.keys(SETS).join(', ')}.`);
        const results: FixtureScore[] = (
          await evaluateFixtures(join(ctx.config.root, set.dir), extractFile)
        ).filter((r) => set.keep(r.file));
        pooled.push(
          poolReports(
            name,
            results.map((r) => r.report),
          ),
        );
        calibration.push(
          reliability(
            name,
            results.map((r) => r.matches),
          ),
        );
      }
      if (options.calibration) {
        ctx.io.stdout(
          options.json ? `${JSON.stringify(calibration, null, 2)}\n` : `${formatReliability(calibration)}\n`,
        );
        return;
      }
      ctx.io.stdout(options.json ? `${JSON.stringify(pooled, null, 2)}\n` : `${formatPooledTable(pooled)}\n`);
    });
}
