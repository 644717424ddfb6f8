import {
  browserPostConnectCmdFor,
  DEFAULT_API_PORT,
  DEFAULT_BOLT_PORT,
  DEFAULT_HTTP_PORT,
} from '../config.js';
import { KgError } from '../errors.js';
import { dockerEnvName } from './docker-env.js';
import {
  CONTAINER_BOLT_PORT,
  CONTAINER_HTTP_PORT,
  containerPlacement,
  neo4jSettings,
  PLUGINS,
  type Neo4jSetting,
} from './neo4j-settings.js';

/** The command that rewrites docker-compose.yml; test/db/docker-compose.test.ts fails until it is run. */
export const WRITE_COMPOSE_COMMAND = 'npx tsx scripts/write-docker-compose.ts';

/**
 * The settings with Compose variables where the value is chosen at `docker compose up`: `kg db start`
 * passes KG_BOLT_PORT, KG_HTTP_PORT and KG_BROWSER_POST_CONNECT_CMD from config.ts (as the local server
 * gets them); a bare `docker compose up` reads them from .env, else takes config.ts's defaults.
 * `${X-…}` rather than `${X:-…}` for the command: an empty KG_BROWSER_POST_CONNECT_CMD means none.
 */
export function composeSettings(): Neo4jSetting[] {
  return neo4jSettings(
    containerPlacement({
      boltPort: `\${KG_BOLT_PORT:-${DEFAULT_BOLT_PORT}}`,
      httpPort: `\${KG_HTTP_PORT:-${DEFAULT_HTTP_PORT}}`,
      browserPostConnectCmd: `\${KG_BROWSER_POST_CONNECT_CMD-${browserPostConnectCmdFor(DEFAULT_API_PORT)}}`,
    }),
  );
}

// Compose reads every `$` in the file as the start of a variable: only ours may appear.
const OUR_VARIABLE = /^\$\{(KG_[A-Z_]+|NEO4J_PASSWORD)[:?-]/;

function quoted(value: string): string {
  for (const at of value.matchAll(/\$/g))
    if (!OUR_VARIABLE.test(value.slice(at.index)))
      throw new KgError('DOCKER_SETTING', `db: "${value}" has a "$" that Compose would read as a variable.`);
  return `'${value.replaceAll("'", "''")}'`;
}

const HEADER = `# Generated from src/db/neo4j-settings.ts by \`${WRITE_COMPOSE_COMMAND}\`: edit that, not this file
# (test/db/docker-compose.test.ts fails while this copy is stale). docs/docker.md: start, stop, reset.
# Neo4j Community with APOC Core, the same release and settings as the local server. \`kg db start\` runs
# \`docker compose up -d --wait\` when a Docker engine answers. The password is NEO4J_PASSWORD from the
# git-ignored .env (kg db start writes one if missing). Ports are published on 127.0.0.1 only.`;

/** docker-compose.yml for `image` with `settings` (composeSettings() for the committed file). */
export function renderDockerCompose(options: { image: string; settings: readonly Neo4jSetting[] }): string {
  const environment = options.settings
    .filter((setting) => setting.value !== undefined)
    .flatMap(({ key, value, why }) => [`      # ${why}`, `      ${dockerEnvName(key)}: ${quoted(value!)}`]);
  return [
    HEADER,
    'services:',
    '  neo4j:',
    `    image: ${options.image}`,
    '    environment:',
    `      NEO4J_AUTH: ${quoted('neo4j/${NEO4J_PASSWORD:?set NEO4J_PASSWORD in .env (kg db start writes one)}')}`,
    '      # APOC Core: the image copies the build it bundles into plugins/',
    `      NEO4J_PLUGINS: ${quoted(JSON.stringify(PLUGINS))}`,
    ...environment,
    '    ports:',
    `      - ${quoted(`127.0.0.1:\${KG_HTTP_PORT:-${DEFAULT_HTTP_PORT}}:${CONTAINER_HTTP_PORT}`)}`,
    `      - ${quoted(`127.0.0.1:\${KG_BOLT_PORT:-${DEFAULT_BOLT_PORT}}:${CONTAINER_BOLT_PORT}`)}`,
    '    volumes:',
    '      - neo4j-data:/data',
    '    healthcheck:',
    '      # The image has wget but no curl; the HTTP discovery document answers once Bolt does.',
    `      test: ['CMD-SHELL', 'wget --quiet --tries=1 --spider http://127.0.0.1:${CONTAINER_HTTP_PORT}/ || exit 1']`,
    '      interval: 5s',
    '      timeout: 5s',
    '      retries: 30',
    '      start_period: 20s',
    '    restart: unless-stopped',
    '',
    'volumes:',
    '  neo4j-data:',
    '',
  ].join('\n');
}
