import { writeFile } from 'node:fs/promises';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { ingest, type IngestProgress, type IngestSummary } from '../../pipeline.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import { withGraph } from './stats.js';

interface IngestFlags {
  json?: boolean;
  force?: boolean;
  analytics: boolean;
  mergeLog?: string;
  batch?: string;
}

/** A progress bar on stderr per phase, only on a terminal. */
function progressBar(ctx: CliContext): { update: (p: IngestProgress) => void; stop: () => void } {
  if (!ctx.io.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      format: ' {phase} [{bar}] {value}/{total} documents',
      hideCursor: true,
      clearOnComplete: true,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  let phase = '';
  return {
    update: (p) => {
      if (p.phase !== phase) {
        if (phase) bar.stop();
        phase = p.phase;
        bar.start(p.total, 0, { phase: phase.padEnd(7) });
      }
      bar.update(p.done, { phase: phase.padEnd(7) });
    },
    stop: () => phase && bar.stop(),
  };
}

// Enough names to find the odd file out; `--json` lists them all.
const SKIPPED_LISTED = 20;

/** "skipped: 2 files that are neither .txt nor .html", then their paths, one a line. */
function skippedFileLines(paths: readonly string[]): string[] {
  if (paths.length === 0) return [];
  const more = paths.length - SKIPPED_LISTED;
  return [
    `skipped: ${paths.length} ${paths.length === 1 ? 'file' : 'files'} that ${paths.length === 1 ? 'is' : 'are'} neither .txt nor .html`,
    ...paths.slice(0, SKIPPED_LISTED).map((p) => `  ${p}`),
    ...(more > 0 ? [`  … and ${more} more (--json lists them all)`] : []),
  ];
}

export function formatSummary(s: IngestSummary): string {
  const d = s.documents;
  const lines = [
    `documents: ${d.read} read, ${d.skipped} unchanged (skipped), ${d.loaded} loaded, ${d.failed} failed`,
    ...skippedFileLines(s.skippedFiles),
    `nodes: ${s.nodesCreated} created, ${s.nodesDeleted} deleted; relationships: ${s.relationshipsCreated} created, ${s.relationshipsDeleted} deleted; ${s.propertiesSet} properties set`,
    `resolved: ${s.entities} entities and events, ${s.relations} relations; ${s.mergeLog.merged.length} merges of differently spelt names, ${s.mergeLog.rejected.length} look-alikes kept apart`,
    ...(s.analytics
      ? [`analytics: ${s.analytics.nodes} nodes ranked, ${s.analytics.communities} communities`]
      : []),
    `time: ${(s.ms.total / 1000).toFixed(1)} s (read ${s.ms.read} ms, extract ${s.ms.extract} ms, resolve ${s.ms.resolve} ms, load ${s.ms.load} ms, analytics ${s.ms.analytics} ms)`,
    ...s.failures.map((f) => `failed: ${f.message}`),
  ];
  return lines.join('\n') + '\n';
}

/** `kg ingest PATH…`: read, extract, resolve and load documents; unchanged ones are skipped. */
export function register(program: Command, ctx: CliContext): void {
  program
    .command('ingest')
    .description(
      'ingest documents (.txt compilations, .html pages; files or folders) into the graph; unchanged ones are skipped',
    )
    .argument(
      '<path...>',
      'files or folders (gold/ folders are not walked; other files are listed as skipped)',
    )
    .option('--json', 'print the summary as JSON')
    .option('--force', 'reload documents even when unchanged')
    .option('--no-analytics', 'skip degree, PageRank and communities')
    .option('--merge-log <file>', 'write the merge log (which names were merged and why) as JSON')
    .option('--batch <n>', 'documents per write transaction', '250')
    .addHelpText(
      'after',
      '\nExamples:\n  kg ingest fixtures/\n  kg ingest new-compilation.txt --json\n  kg ingest saved-page.html\n  kg ingest fixtures/ --force --merge-log merges.json\n\nExits 1 when a document failed (the others are loaded), 3 when Neo4j is unreachable.',
    )
    .action(async (paths: string[], flags: IngestFlags) => {
      const batchDocuments = Number(flags.batch);
      if (!Number.isInteger(batchDocuments) || batchDocuments < 1)
        throw new UsageError(`ingest: --batch must be a positive integer, got "${flags.batch}".`);
      const bar = progressBar(ctx);
      const summary = await withGraph(ctx, (driver, database) =>
        ingest(paths, {
          driver,
          database,
          force: flags.force,
          analytics: flags.analytics,
          batchDocuments,
          onProgress: bar.update,
        }),
      ).finally(bar.stop);
      if (flags.mergeLog) await writeFile(flags.mergeLog, JSON.stringify(summary.mergeLog, null, 2) + '\n');
      if (flags.json) {
        const { mergeLog, ...rest } = summary;
        ctx.io.stdout(
          JSON.stringify(
            { ...rest, merges: mergeLog.merged.length, rejectedMerges: mergeLog.rejected.length },
            null,
            2,
          ) + '\n',
        );
      } else ctx.io.stdout(formatSummary(summary));
      if (summary.documents.failed) ctx.exitCode = EXIT.input;
    });
}
