/** Misuse or bad configuration: a message that says where, what and the fix. */
export class KgError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'KgError';
  }
}

/** A bad input file: exit code 1. */
export class InputError extends KgError {
  constructor(
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super('INPUT', `${file}: ${message}`, options);
    this.name = 'InputError';
  }
}

/** Neo4j cannot be reached or provisioned: exit code 3. */
export class DatabaseUnavailableError extends KgError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('DB_UNAVAILABLE', message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/** Wrong command-line usage: exit code 2. */
export class UsageError extends KgError {
  constructor(message: string) {
    super('USAGE', message);
    this.name = 'UsageError';
  }
}
