import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KgError } from '../errors.js';

/** The Neo4j release the local server's jars come from: `<neo4j.version>` in neo4j/pom.xml. */
export function neo4jVersion(root: string): string {
  const pom = join(root, 'neo4j', 'pom.xml');
  const version = /<neo4j\.version>\s*([^<\s]+)\s*<\/neo4j\.version>/.exec(readFileSync(pom, 'utf8'))?.[1];
  if (!version) throw new KgError('NEO4J_VERSION', `db: ${pom} has no <neo4j.version>; restore it from git.`);
  return version;
}

/** The Docker image of that same release, so both paths run one server version. */
export function neo4jImage(root: string): string {
  return `neo4j:${neo4jVersion(root)}-community`;
}
