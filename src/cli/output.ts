import pc from 'picocolors';
import type { CliIo } from './context.js';
import { causes, isExpected, neo4jCode } from './exit-codes.js';

export type Colors = ReturnType<typeof pc.createColors>;

/** Colours only on a terminal: `kg stats > counts.txt`, CI logs and tests get plain text. */
export const colorsFor = (io: Pick<CliIo, 'isTTY'>): Colors => pc.createColors(io.isTTY);

// Node's file errors put the path inside the message ("ENOENT: no such file or directory, scandir
// 'nope/gold'"); the CLI says it the way InputError does: "nope/gold: no such file or folder."
const FILE_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'not a folder',
};

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, path } = error as NodeJS.ErrnoException;
  if (code && path && FILE_ERRORS[code]) return `${path}: ${FILE_ERRORS[code]}.`;
  const unavailable = causes(error).map(neo4jCode).find(Boolean);
  if (unavailable && error.name === 'Neo4jError')
    return `db: Neo4j is unavailable (${unavailable}): ${error.message} Try \`kg db status\`.`;
  return error.message;
}

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ').trim();

/**
 * The line `kg` prints for a failure: `kg: <where>: <what>. <fix>`. KgError messages already say
 * where and how to fix; anything else unexpected is a bug, named as such.
 */
export function errorLine(error: unknown): string {
  const text = oneLine(describe(error));
  return isExpected(error) ? `kg: ${text}` : `kg: unexpected error: ${text} (run with --debug for the stack)`;
}

/**
 * Commander's own errors ("error: unknown option '--bogus'") in the same form, pointing at the
 * help of the command being parsed: "kg: unknown option '--bogus' (see `kg stats --help`)".
 */
export function usageLine(commanderMessage: string, commandPath: string): string {
  return `kg: ${oneLine(commanderMessage.replace(/^error:\s*/, ''))} (see \`${commandPath} --help\`)`;
}

/** Prints a `kg: …` line on stderr, the prefix in red on a terminal. */
export function printError(io: CliIo, line: string): void {
  const c = colorsFor(io);
  io.stderr(`${c.bold(c.red('kg:'))}${line.slice('kg:'.length)}\n`);
}
