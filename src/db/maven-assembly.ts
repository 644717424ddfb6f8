import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseUnavailableError } from '../errors.js';
import { runCommand } from './run-command.js';

/** The packaging pom: its hash marks which assembly <home>/lib holds, so a version bump re-assembles. */
function pomPath(root: string): string {
  return join(root, 'neo4j', 'pom.xml');
}

function stampPath(home: string): string {
  return join(home, 'lib', '.assembled');
}

function pomHash(root: string): string {
  return createHash('sha256')
    .update(readFileSync(pomPath(root)))
    .digest('hex');
}

/** True when <home>/lib and plugins/ already hold the jars of the current pom: no Maven needed. */
export function isAssembled(root: string, home: string): boolean {
  const stamp = stampPath(home);
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === pomHash(root);
}

/**
 * Downloads the Community server, Browser and APOC Core from Maven Central (via ~/.m2) into
 * <home>/lib and <home>/plugins. Old jars are removed first so two versions never share the classpath.
 */
export async function assembleServer(root: string, home: string, log: (line: string) => void): Promise<void> {
  rmSync(join(home, 'lib'), { recursive: true, force: true });
  rmSync(join(home, 'plugins'), { recursive: true, force: true });
  log('db: downloading Neo4j Community, Browser and APOC from Maven Central (first start only)…');
  const result = await runCommand('mvn', [
    '-q',
    '-B',
    '-f',
    pomPath(root),
    'dependency:copy-dependencies@lib',
    'dependency:copy-dependencies@plugins',
    `-Dneo4j.home=${home}`,
  ]);
  if (result.code !== 0) {
    const tail = (result.stdout + result.stderr).trim().split('\n').slice(-15).join('\n');
    throw new DatabaseUnavailableError(
      `db: Maven could not assemble the Neo4j server from ${pomPath(root)} (exit ${result.code}). ` +
        `Check network access to repo.maven.apache.org, or set NEO4J_URI.\n${tail}`,
    );
  }
  writeFileSync(stampPath(home), pomHash(root) + '\n');
}
