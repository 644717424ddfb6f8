import { Command, CommanderError } from 'commander';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../config.js';
import { KgError } from '../errors.js';
import { processIo, type CliContext, type CliIo } from './context.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import * as db from './commands/db.js';
import * as extract from './commands/extract.js';
import * as evaluate from './commands/eval.js';
import * as ingest from './commands/ingest.js';
import * as stats from './commands/stats.js';
import * as exportCmd from './commands/export.js';
import * as remove from './commands/remove.js';
import * as serve from './commands/serve.js';
import * as start from './commands/start.js';

const COMMANDS = [start, db, extract, evaluate, ingest, stats, exportCmd, remove, serve];

/** Builds the `kg` program; each command module registers itself. */
export function createProgram(ctx: CliContext): Command {
  const program = new Command('kg')
    .description('communique-kg: official communiqués → knowledge graph in Neo4j → GraphQL')
    .exitOverride()
    .configureOutput({ writeOut: ctx.io.stdout, writeErr: ctx.io.stderr })
    .showHelpAfterError();
  for (const command of COMMANDS) command.register(program, ctx);
  return program;
}

/** Runs `kg` with the given argv (without node and script) and returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const ctx: CliContext = { io, config: loadConfig() };
  try {
    await createProgram(ctx).parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof KgError) {
      io.stderr(`kg: ${error.message}\n`);
      return exitCodeFor(error);
    }
    io.stderr(`kg: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.input;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
