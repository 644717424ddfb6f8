// Writes docker-compose.yml from the settings in src/db/neo4j-settings.ts and the Neo4j release in
// neo4j/pom.xml, so the Docker path runs what the local server runs.
//   npx tsx scripts/write-docker-compose.ts          write docker-compose.yml
//   npx tsx scripts/write-docker-compose.ts --check  exit 1 when docker-compose.yml is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { composeSettings, renderDockerCompose, WRITE_COMPOSE_COMMAND } from '../src/db/docker-compose.js';
import { neo4jImage } from '../src/db/neo4j-image.js';

const next = renderDockerCompose({ image: neo4jImage(process.cwd()), settings: composeSettings() });
if (process.argv.includes('--check')) {
  if (readFileSync('docker-compose.yml', 'utf8') !== next) {
    console.error(`docker-compose.yml is out of date: run ${WRITE_COMPOSE_COMMAND}`);
    process.exitCode = 1;
  }
} else writeFileSync('docker-compose.yml', next);
