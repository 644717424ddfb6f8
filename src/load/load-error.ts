import { KgError } from '../errors.js';

/** A Neo4j failure while writing, wrapped once with the statement that failed. */
export class LoadError extends KgError {
  constructor(
    readonly statement: string,
    cause: unknown,
  ) {
    const code = (cause as { code?: string }).code ?? 'unknown';
    super(
      'LOAD',
      `load: Neo4j refused a statement (${code}): ${(cause as Error).message}\n  in: ${statement.split('\n')[0]}…`,
      { cause },
    );
    this.name = 'LoadError';
  }
}
