import type { Config } from '../config.js';
import { dockerEngineAnswers } from './docker.js';
import { runningServer } from './server-process.js';

export type DatabaseMode = 'env' | 'docker' | 'local';

/**
 * Which way to get a server: NEO4J_URI (env or .env) wins; then KG_NEO4J_MODE; then a local server
 * that is already running (reuse beats a second server); then Docker when an engine answers; else the
 * local server from Maven Central.
 */
export async function chooseMode(config: Config): Promise<DatabaseMode> {
  if (config.neo4j.uri) return 'env';
  if (config.neo4jMode) return config.neo4jMode;
  if (runningServer(config.neo4jHome)) return 'local';
  return (await dockerEngineAnswers()) ? 'docker' : 'local';
}
