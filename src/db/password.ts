import { randomBytes } from 'node:crypto';
import { appendFileSync, chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config.js';
import { DatabaseUnavailableError } from '../errors.js';
import type { JavaRuntime } from './java.js';
import { runCommand } from './run-command.js';

/**
 * 24 URL-safe characters: over Neo4j's 8-character minimum, and safe in .env and NEO4J_AUTH. Never a leading
 * `-`: neo4j-admin would read the password as an option and exit 64 (1 start in 64 failed that way).
 */
export function generatePassword(): string {
  for (;;) {
    const password = randomBytes(18).toString('base64url');
    if (!password.startsWith('-')) return password;
  }
}

/** Appends NEO4J_PASSWORD to the git-ignored .env unless it already sets one (a user's own value wins). */
export function rememberInDotEnv(root: string, password: string): void {
  const file = join(root, '.env');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (/^\s*NEO4J_PASSWORD\s*=/m.test(text)) return;
  const separator = text && !text.endsWith('\n') ? '\n' : '';
  appendFileSync(
    file,
    `${separator}# Written by kg db start: login for the local Neo4j (user neo4j)\nNEO4J_PASSWORD=${password}\n`,
  );
  chmodSync(file, 0o600);
}

/** The password Docker's NEO4J_AUTH gets: .env's, else a new one written there. */
export function dockerPassword(config: Config): string {
  const password = config.neo4j.password ?? generatePassword();
  rememberInDotEnv(config.root, password);
  return password;
}

const recordPath = (home: string) => join(home, 'password');

/**
 * The local server's password. Before the first start it is set with `neo4j-admin dbms
 * set-initial-password` (auth lives in data/dbms/auth.ini) and recorded in <home>/password;
 * afterwards the record is the truth, since .env may have been edited or lost.
 */
export async function localPassword(
  config: Config,
  java: JavaRuntime,
  log: (line: string) => void,
): Promise<string> {
  const home = config.neo4jHome;
  const record = existsSync(recordPath(home)) ? readFileSync(recordPath(home), 'utf8').trim() : undefined;
  if (existsSync(join(home, 'data', 'dbms', 'auth.ini'))) {
    const password = record ?? config.neo4j.password;
    if (!password)
      throw new DatabaseUnavailableError(
        `db: the local server in ${home} has a password we have no record of. ` +
          `Set NEO4J_PASSWORD in .env, or delete ${join(home, 'data')} to start afresh.`,
      );
    if (record && config.neo4j.password && config.neo4j.password !== record)
      log(
        `db: NEO4J_PASSWORD in .env differs from the local server's; using the server's (${recordPath(home)}).`,
      );
    rememberInDotEnv(config.root, password);
    return password;
  }
  const password = config.neo4j.password ?? generatePassword();
  const result = await runCommand(
    java.java,
    [
      '-Xmx256m',
      '-cp',
      join(home, 'lib', '*'),
      'org.neo4j.cli.AdminTool',
      'dbms',
      'set-initial-password',
      password,
    ],
    { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') }, timeoutMs: 120_000 },
  );
  if (result.code !== 0)
    throw new DatabaseUnavailableError(
      `db: neo4j-admin set-initial-password failed (exit ${result.code}) in ${home}: ` +
        result.stderr.replaceAll(password, '***').trim().split('\n').slice(-5).join(' '),
    );
  writeFileSync(recordPath(home), password + '\n', { mode: 0o600 });
  rememberInDotEnv(config.root, password);
  return password;
}
