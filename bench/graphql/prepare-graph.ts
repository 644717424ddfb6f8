import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { ingest, listDocuments } from '../../src/pipeline.js';
import { writeCorpus } from '../corpus/generate.js';

export interface GraphSize {
  documents: number;
  nodes: number;
  relationships: number;
}

/** Counts from the store's statistics (constant time, no scan). */
export async function graphSize(driver: Driver, database: string): Promise<GraphSize> {
  const { records } = await driver.executeQuery(
    `CALL { MATCH (d:Document) RETURN count(d) AS documents }
     CALL { MATCH (n) RETURN count(n) AS nodes }
     CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
     RETURN documents, nodes, relationships`,
    {},
    { database, routing: neo4j.routing.READ },
  );
  const r = records[0]!;
  return {
    documents: Number(r.get('documents')),
    nodes: Number(r.get('nodes')),
    relationships: Number(r.get('relationships')),
  };
}

export interface PrepareOptions {
  driver: Driver;
  database: string;
  /** 0 = the seed documents in fixtures/; otherwise this many generated documents. */
  docs: number;
  seed?: number;
  /** Keep a store that already holds the expected number of documents. @default true */
  reuse?: boolean;
  log?: (line: string) => void;
}

/** Files to ingest: fixtures/ (.txt and .html), or the generated corpus written once under .cache/bench. */
export function corpusPaths(docs: number, seed = 1): string[] {
  if (docs === 0) return ['fixtures'];
  const dir = join('.cache', 'bench', `corpus-${docs}-${seed}`);
  const have = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).length : 0;
  if (have !== docs) writeCorpus(docs, seed, dir);
  return [dir];
}

// The seed graph is what `npm start` loads: every .txt and .html under fixtures/, parse variants included.
const expectedDocuments = async (docs: number) =>
  docs === 0 ? (await listDocuments(['fixtures'])).length : docs;

/** Loads the graph the benchmark measures unless the store already holds it (`reuse`). */
export async function prepareGraph(options: PrepareOptions): Promise<GraphSize> {
  const { driver, database, docs, log = () => {} } = options;
  const before = await graphSize(driver, database);
  const want = await expectedDocuments(docs);
  if (options.reuse !== false && before.documents === want) {
    log(`graph: reusing ${before.documents} documents (${before.nodes} nodes, ${before.relationships} rels)`);
    return before;
  }
  if (before.documents > 0 && before.documents !== want)
    log(`graph: store holds ${before.documents} documents, expected ${want}; ingesting the rest`);
  const paths = corpusPaths(docs, options.seed);
  const t = performance.now();
  let lastLog = 0;
  const summary = await ingest(paths, {
    driver,
    database,
    batchDocuments: 100,
    onProgress: (p) => {
      if (performance.now() - lastLog < 15_000 && p.done !== p.total) return;
      lastLog = performance.now();
      log(`graph: ${p.phase} ${p.done}/${p.total} (${((performance.now() - t) / 1000).toFixed(0)} s)`);
    },
  });
  log(
    `graph: ingested ${summary.documents.loaded} documents in ${(summary.ms.total / 1000).toFixed(0)} s ` +
      `(extract ${summary.ms.extract} ms, load ${summary.ms.load} ms, analytics ${summary.ms.analytics} ms)`,
  );
  return graphSize(driver, database);
}

// `tsx bench/graphql/prepare-graph.ts --docs 10000`: load a graph without measuring anything.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { benchConfig } = await import('./bench-database.js');
  const { connectDatabase } = await import('../../src/db/index.js');
  const { values } = parseArgs({ options: { docs: { type: 'string', default: '10000' } } });
  const docs = Number(values.docs);
  const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
  const { driver, connection } = await connectDatabase(benchConfig(docs === 0 ? 'seed' : 'large'), {
    log,
    startedBy: 'bench',
  });
  try {
    log(`db: ${connection.uri}`);
    const size = await prepareGraph({ driver, database: connection.database, docs, log });
    log(`graph: ${JSON.stringify(size)}`);
  } finally {
    await driver.close();
  }
}
