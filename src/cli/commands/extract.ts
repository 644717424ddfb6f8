import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { extractFile } from '../extract-file.js';
import { mergeExtractions } from '../../extract/assemble/merge-extractions.js';
import { EXIT, isFileError } from '../exit-codes.js';
import { errorLine, printError } from '../output.js';

export function register(program: Command, ctx: CliContext): void {
  program
    .command('extract')
    .description(
      'print the extraction contract JSON (events, entities, relations with evidence) for documents',
    )
    .argument('<files...>', 'document files (UTF-8 text, or HTML pages: .html, .htm)')
    .option('-o, --out <file>', 'write the JSON to a file instead of stdout')
    .addHelpText(
      'after',
      [
        '\nExamples:',
        '  kg extract fixtures/000_3e7985f103b3e583.txt',
        '  kg extract a.txt b.txt --out out/extraction.json',
        '  kg extract fixtures/html/tatarstan-page.html',
        '',
        'Offsets index the file as read; for an HTML page they index its visible text, which the',
        'document record then carries as "text" (and "format": "html"). A file that cannot be read or',
        'holds no recognisable event is named on stderr and left out; the exit code is then 1.',
      ].join('\n'),
    )
    .action(async (files: string[], options: { out?: string }) => {
      const parts = [];
      // As `kg ingest`: a file that cannot be read or holds no event is named with its reason and left
      // out, the others are printed, and the exit code is 1.
      for (const file of files) {
        try {
          parts.push(await extractFile(file));
        } catch (error) {
          if (!isFileError(error)) throw error;
          printError(ctx.io, errorLine(error));
          ctx.exitCode = EXIT.input;
        }
      }
      if (parts.length === 0) return;
      const extraction = parts.length === 1 ? parts[0]! : mergeExtractions(parts);
      for (const d of extraction.diagnostics ?? [])
        ctx.io.stderr(`kg: ${d.document ?? ''} ${d.severity}: ${d.message}\n`);
      const { diagnostics: _omit, ...contract } = extraction;
      const json = `${JSON.stringify(contract, null, 2)}\n`;
      if (options.out) await writeFile(options.out, json);
      else ctx.io.stdout(json);
    });
}
