import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { loadConfig } from '../config.js';
import { processIo, type CliContext, type CliIo } from './context.js';
import { EXIT, exitCodeFor } from './exit-codes.js';
import { colorsFor, errorLine, printError, usageLine } from './output.js';
import * as db from './commands/db.js';
import * as extract from './commands/extract.js';
import * as evaluate from './commands/eval.js';
import * as ingest from './commands/ingest.js';
import * as stats from './commands/stats.js';
import * as exportCmd from './commands/export.js';
import * as remove from './commands/remove.js';
import * as serve from './commands/serve.js';
import * as mcp from './commands/mcp.js';
import * as start from './commands/start.js';

const COMMANDS = [start, db, ingest, extract, evaluate, stats, exportCmd, remove, serve, mcp];

const VERSION: string = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
).version;

const EXAMPLES = `
Examples:
  kg start                                  Neo4j + fixtures/ + GraphQL, in one go (= npm start)
  kg ingest fixtures/ --json                load documents, print the summary as JSON
  kg extract fixtures/000_3e7985f103b3e583.txt > seed.json
  kg stats                                  what the graph holds
  kg db status                              where Neo4j and Browser are
  kg <command> --help                       options and examples of a command

Exit codes: 0 ok, 1 input problem (missing or unreadable file, failed document),
            2 usage (unknown command or option), 3 database unavailable.
Configuration: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (or .env), PORT, HOST: see README.md.`;

/** `kg stats`, `kg db status`: how the help and error messages name a command. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

function* allCommands(command: Command): Generator<Command> {
  yield command;
  for (const sub of command.commands) yield* allCommands(sub);
}

/** Builds the `kg` program; each command module registers itself. */
export function createProgram(ctx: CliContext): Command {
  const { io } = ctx;
  const c = colorsFor(io);
  // Set before the commands are added: subcommands copy exitOverride and output settings when created.
  const program = new Command('kg')
    .description('communique-kg: official communiqués → knowledge graph in Neo4j → GraphQL')
    .version(VERSION, '-V, --version', 'print the version')
    .option('--debug', 'print the stack trace of unexpected errors')
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      getOutHasColors: () => io.isTTY,
      getErrHasColors: () => io.isTTY,
    })
    .configureHelp({
      styleTitle: (s) => c.bold(s),
      styleCommandText: (s) => c.cyan(s),
      styleSubcommandText: (s) => c.cyan(s),
      styleOptionText: (s) => c.green(s),
      styleArgumentText: (s) => c.yellow(s),
    })
    .addHelpText('after', EXAMPLES);
  for (const command of COMMANDS) command.register(program, ctx);
  for (const command of allCommands(program)) {
    const path = commandPath(command);
    command.configureOutput({ outputError: (message) => printError(io, usageLine(message, path)) });
  }
  return program;
}

/** Runs `kg` with the given argv (without node and script) and returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  try {
    const ctx: CliContext = { io, config: loadConfig() };
    await createProgram(ctx).parseAsync(argv, { from: 'user' });
    return ctx.exitCode ?? EXIT.ok;
  } catch (error) {
    // Commander has printed its message already (help, version, or a usage error via outputError).
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    printError(io, errorLine(error));
    if (argv.includes('--debug') && error instanceof Error) io.stderr(`${error.stack ?? error.message}\n`);
    return exitCodeFor(error);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
