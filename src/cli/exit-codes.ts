import { DatabaseUnavailableError, InputError, KgError, UsageError } from '../errors.js';

/** 0 ok, 1 input problem, 2 usage, 3 database unavailable. */
export const EXIT = { ok: 0, input: 1, usage: 2, database: 3 } as const;

export function exitCodeFor(error: unknown): number {
  if (error instanceof UsageError) return EXIT.usage;
  if (error instanceof DatabaseUnavailableError) return EXIT.database;
  if (error instanceof InputError) return EXIT.input;
  if (error instanceof KgError) return EXIT.input;
  return EXIT.input;
}
