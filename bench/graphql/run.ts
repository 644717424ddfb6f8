import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { dirname, resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { createApi } from '../../src/api/index.js';
import { connectDatabase, stopDatabase } from '../../src/db/index.js';
import { benchConfig, type GraphKind } from './bench-database.js';
import { measure, type Measurement } from './measure.js';
import { graphSize, prepareGraph, type GraphSize } from './prepare-graph.js';
import { profileQueries, type QueryProfile } from './profile-queries.js';
import { benchQueries } from './queries.js';
import { sampleArguments } from './sample-arguments.js';
import { startChildApi, startInProcessApi } from './start-server.js';
import { formatReport, type GraphResult } from './format-report.js';

/**
 * `npx tsx bench/graphql/run.ts [--docs 10000] [--duration 10] [--connections 16] [--reuse]
 * [--only seed|large] [--in-process] [--keep-servers] [--no-serial] [--no-ingest] [--api path/to/api/index.ts] [--out file.json]`: p50/p99 latency and requests per second of
 * search, neighbours and relations over HTTP at fixed concurrency, on the seed graph and on a graph
 * of generated documents, each in its own local Neo4j (never the dev server); then PROFILE of the
 * Cypher each resolver sent. Prints a table; writes bench/results/graphql.json.
 */
const { values } = parseArgs({
  allowNegative: true,
  options: {
    docs: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '16' },
    samples: { type: 'string', default: '1000' },
    reuse: { type: 'boolean', default: false },
    only: { type: 'string' },
    'in-process': { type: 'boolean', default: false },
    'keep-servers': { type: 'boolean', default: false },
    serial: { type: 'boolean', default: true },
    api: { type: 'string' },
    ingest: { type: 'boolean', default: true },
    out: { type: 'string', default: 'bench/results/graphql.json' },
  },
});
const docs = Number(values.docs);
const duration = Number(values.duration);
const connections = Number(values.connections);
const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
const kinds: GraphKind[] = (['seed', 'large'] as const).filter(
  (k) => (!values.only || values.only === k) && (k === 'seed' || docs > 0),
);

/** Empties the store (an auto-commit transaction: CALL … IN TRANSACTIONS cannot run in a managed one). */
async function wipe(driver: Driver, database: string) {
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

async function benchGraph(kind: GraphKind): Promise<GraphResult> {
  const config = benchConfig(kind);
  log(`${kind}: Neo4j in ${config.neo4jHome} on bolt ${config.boltPort}`);
  const { driver, connection } = await connectDatabase(config, { log, startedBy: 'bench' });
  const database = connection.database;
  try {
    if (!values.reuse && values.ingest && (await graphSize(driver, database)).nodes > 0) {
      log(`${kind}: emptying the store (pass --reuse to keep it)`);
      await wipe(driver, database);
    }
    // --no-ingest measures the store as it is (e.g. a load that was stopped part-way), and says so.
    const size = !values.ingest
      ? await graphSize(driver, database)
      : await prepareGraph({
          driver,
          database,
          docs: kind === 'seed' ? 0 : docs,
          reuse: values.reuse,
          log,
        });
    const queries = benchQueries(await sampleArguments(driver, database, Number(values.samples)));
    const api = values['in-process']
      ? await startInProcessApi(driver, database)
      : await startChildApi(kind, values.api);
    const measurements: Measurement[] = [];
    try {
      for (const query of queries) {
        log(
          `${kind}: ${query.name}, ${connections} clients, ${duration} s (${query.bodies.length} arguments)`,
        );
        measurements.push(
          await measure(query, { url: api.url, connections, duration, warmup: Number(values.warmup) }),
        );
        // One client alone: the query's own latency, without queueing behind 15 others.
        if (values.serial)
          measurements.push(
            await measure(query, { url: api.url, connections: 1, duration: duration / 2, warmup: 1 }),
          );
      }
    } finally {
      await api.stop();
    }
    log(`${kind}: PROFILE of the resolvers' Cypher`);
    const candidate = values.api
      ? ((await import(pathToFileURL(resolvePath(values.api)).href)) as { createApi: typeof createApi })
          .createApi
      : createApi;
    const profiles = await profileQueries(driver, database, queries, 30, candidate);
    return {
      graph: kind,
      documents: size.documents,
      size,
      server: api.where,
      measurements,
      profiles,
    };
  } finally {
    await driver.close();
    if (!values['keep-servers']) await stopDatabase(config, { log });
  }
}

const results: GraphResult[] = [];
for (const kind of kinds) results.push(await benchGraph(kind));
// `--only` refreshes one graph's results and keeps the other's from the last run.
const kept: GraphResult[] =
  values.only && existsSync(values.out)
    ? (JSON.parse(readFileSync(values.out, 'utf8')) as { results: GraphResult[] }).results.filter(
        (g) => !kinds.includes(g.graph),
      )
    : [];

process.stdout.write(formatReport(results));

const command = `tsx bench/graphql/run.ts ${process.argv.slice(2).join(' ')}`.trim();
mkdirSync(dirname(values.out), { recursive: true });
writeFileSync(
  values.out,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      api: values.api ?? 'src/api',
      machine: {
        cpus: cpus().length,
        memoryGb: Number((totalmem() / 2 ** 30).toFixed(1)),
        node: process.version,
      },
      connections,
      durationSeconds: duration,
      targets: { graph: `${docs} docs`, p99Ms: 50, queries: ['search(text)', 'neighbours(id)'] },
      results: [...kept, ...results.map((g) => ({ ...g, date: new Date().toISOString(), command }))]
        .sort((a, b) => a.graph.localeCompare(b.graph))
        .reverse(),
    },
    null,
    2,
  ) + '\n',
);
process.stdout.write(`\nwritten: ${values.out}\n`);
