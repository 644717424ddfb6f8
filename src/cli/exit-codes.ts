import { DatabaseUnavailableError, InputError, KgError, UsageError } from '../errors.js';

/** 0 ok, 1 input problem, 2 usage, 3 database unavailable. */
export const EXIT = { ok: 0, input: 1, usage: 2, database: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

// neo4j-driver's codes for "no server to talk to" (driver error codes, not Neo.* status codes):
// a refused Bolt port gives ServiceUnavailable, a server that died mid-session SessionExpired.
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
// Node's socket errors when a driver or fetch never reached the server.
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ETIMEDOUT']);
// Node's file errors: a path the user gave is wrong, an input problem.
const FILE_CODES = new Set(['ENOENT', 'EACCES', 'EISDIR', 'ENOTDIR']);

/** The error and its `cause` chain (LoadError wraps the driver's error, which may wrap a socket's). */
export function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (
    let e = error;
    e !== undefined && e !== null && chain.length < 10;
    e = (e as { cause?: unknown }).cause
  )
    chain.push(e);
  return chain;
}

/**
 * The driver code of a neo4j-driver Neo4jError meaning the database is out of reach, else undefined.
 * Checked by shape so the CLI needs no neo4j-driver import (the driver stays in load/, api/, db/).
 */
export function neo4jCode(error: unknown): string | undefined {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return name === 'Neo4jError' && typeof code === 'string' && UNAVAILABLE_CODES.has(code) ? code : undefined;
}

const errno = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' ? code : undefined;
};

function databaseUnavailable(error: unknown): boolean {
  return causes(error).some(
    (e) =>
      e instanceof DatabaseUnavailableError || neo4jCode(e) !== undefined || SOCKET_CODES.has(errno(e) ?? ''),
  );
}

/** True for a missing or unreadable file the user named (`kg extract nope.txt`, `kg eval --dir nope`). */
export const isFileError = (error: unknown): boolean =>
  error instanceof InputError ||
  (FILE_CODES.has(errno(error) ?? '') && Boolean((error as { path?: string }).path));

/** True when the failure is one the CLI explains in one line (no stack trace needed). */
export const isExpected = (error: unknown): boolean =>
  error instanceof KgError || isFileError(error) || databaseUnavailable(error);

/** Maps a failure to the exit code that says whose move it is: fix the input, the command line, or the database. */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof UsageError) return EXIT.usage;
  if (databaseUnavailable(error)) return EXIT.database;
  return EXIT.input;
}
