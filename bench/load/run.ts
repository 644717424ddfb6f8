import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { applySchema } from '../../graph-schema/apply.js';
import { analyze } from '../../src/analytics/index.js';
import { loadConfig } from '../../src/config.js';
import { connectDatabase } from '../../src/db/index.js';
import { extract } from '../../src/extract/index.js';
import { load, type GraphData } from '../../src/load/index.js';
import { documentId, parse } from '../../src/parse/index.js';
import { ingest } from '../../src/pipeline.js';
import { resolve } from '../../src/resolve/index.js';
import { generateCorpus } from '../corpus/generate-corpus.js';
import { writeCorpus } from '../corpus/generate.js';
import { naiveLoad } from './naive-load.js';
import { removeDocuments } from './remove-documents.js';

/**
 * `npm run -s bench -- load` or `tsx bench/load/run.ts [--docs 1000] [--large 10000] [--seed 1]`:
 * batched vs naive loader on the same generated corpus, end-to-end ingest of two corpus sizes, and
 * re-ingest of an unchanged corpus. Prints a table; writes bench/results/load.json.
 */
const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000' },
    large: { type: 'string', default: '10000' },
    'naive-docs': { type: 'string' },
    seed: { type: 'string', default: '1' },
    batch: { type: 'string', default: '100' },
    // Only the end-to-end ingest of this many documents, added to an existing bench/results/load.json.
    'e2e-only': { type: 'string' },
  },
});
const docs = Number(values.docs);
const large = Number(values.large);
// The naive loader is slow enough that a sample of the corpus gives its rate; --naive-docs to widen it.
const naiveDocs = Math.min(docs, Number(values['naive-docs'] ?? 200));
const seed = Number(values.seed);
const batchDocuments = Number(values.batch);

const log = (line: string) => process.stderr.write(line + '\n');
const seconds = (t: number) => (performance.now() - t) / 1000;
const round = (x: number, d = 2) => Number(x.toFixed(d));

const { driver, connection } = await connectDatabase(loadConfig(), { log });
const database = connection.database;
await applySchema(driver, database);

function restrict(graph: GraphData, keep: Set<string>): GraphData {
  const narrow = <T extends { documents: string[] }>(x: T) => ({
    ...x,
    documents: x.documents.filter((d) => keep.has(d)),
  });
  return {
    documents: graph.documents.filter((d) => keep.has(d.id)),
    entities: graph.entities.map(narrow).filter((e) => e.documents.length),
    relations: graph.relations
      .map(narrow)
      .filter((r) => r.documents.length)
      .map((r) => ({ ...r, evidence: r.evidence.filter((e) => keep.has(e.document)) })),
  };
}

async function endToEnd(count: number) {
  const dir = join('.cache', 'bench', `corpus-${count}-${seed}`);
  const ids = writeCorpus(count, seed, dir).map((p) => documentId(p));
  await removeDocuments(driver, ids, database);
  let t = performance.now();
  const first = await ingest([dir], { driver, database, batchDocuments });
  const firstS = seconds(t);
  t = performance.now();
  const again = await ingest([dir], { driver, database, batchDocuments });
  const againS = seconds(t);
  log(
    `ingest ${count}: ${firstS.toFixed(1)} s, again ${againS.toFixed(2)} s (skipped ${again.documents.skipped})`,
  );
  return { ids, first, firstS, againS, skipped: again.documents.skipped };
}

function e2eRow(r: Awaited<ReturnType<typeof endToEnd>>) {
  return {
    documents: r.ids.length,
    seconds: round(r.firstS),
    msPerDocument: round((r.firstS * 1000) / r.ids.length, 1),
    phases: r.first.ms,
    relationshipsCreated: r.first.relationshipsCreated,
    reingestSeconds: round(r.againS, 3),
    reingestSkipped: r.skipped,
    reingestSpeedup: round(r.firstS / r.againS, 1),
  };
}

if (values['e2e-only']) {
  try {
    const r = await endToEnd(Number(values['e2e-only']));
    await removeDocuments(driver, r.ids, database);
    await analyze(driver, { database });
    const file = 'bench/results/load.json';
    const results = JSON.parse(readFileSync(file, 'utf8')) as { endToEnd: ReturnType<typeof e2eRow>[] };
    results.endToEnd = [...results.endToEnd.filter((e) => e.documents !== r.ids.length), e2eRow(r)].sort(
      (a, b) => a.documents - b.documents,
    );
    writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
    process.stdout.write(JSON.stringify(e2eRow(r), null, 2) + '\n');
  } finally {
    await driver.close();
  }
  process.exit(0);
}

try {
  log(`generating and extracting ${docs} documents…`);
  let t = performance.now();
  const corpus = generateCorpus(docs, seed);
  const extractions = corpus.map(({ name, text }) => extract(parse(text, { path: name })));
  const extractS = seconds(t);
  t = performance.now();
  const graph = resolve(extractions);
  const resolveS = seconds(t);
  const ids = graph.documents.map((d) => d.id);
  await removeDocuments(driver, ids, database);

  // Warm-up: Neo4j plans each statement text once; neither loader should pay that inside its timing.
  const warm = restrict(graph, new Set(ids.slice(0, 5)));
  await load(driver, warm, { database });
  await removeDocuments(driver, ids, database);
  await naiveLoad(driver, warm, database);
  await removeDocuments(driver, ids, database);

  log(`naive loader on ${naiveDocs} documents…`);
  const naiveGraph = naiveDocs < docs ? restrict(graph, new Set(ids.slice(0, naiveDocs))) : graph;
  t = performance.now();
  const naive = await naiveLoad(driver, naiveGraph, database);
  const naiveS = seconds(t);
  log(`naive: ${naive.relationshipsCreated} relationships in ${naiveS.toFixed(1)} s`);
  await removeDocuments(driver, ids, database);

  log(`batched loader on ${docs} documents…`);
  t = performance.now();
  const batched = await load(driver, graph, { database, batchDocuments });
  const batchedS = seconds(t);
  log(`batched: ${batched.relationshipsCreated} relationships in ${batchedS.toFixed(1)} s`);
  await removeDocuments(driver, ids, database);

  const small = await endToEnd(docs);
  const big = large > 0 ? await endToEnd(large) : undefined;
  await removeDocuments(driver, [...small.ids, ...(big?.ids ?? [])], database);
  await analyze(driver, { database });

  const naiveRate = naive.relationshipsCreated / naiveS;
  const batchedRate = batched.relationshipsCreated / batchedS;
  const results = {
    date: new Date().toISOString(),
    command: `tsx bench/load/run.ts --docs ${docs} --large ${large} --naive-docs ${naiveDocs} --seed ${seed} --batch ${batchDocuments}`,
    machine: { cpus: cpus().length, memoryGb: round(totalmem() / 2 ** 30, 1), node: process.version },
    corpus: {
      documents: docs,
      seed,
      entities: graph.entities.length,
      relations: graph.relations.length,
      extractSeconds: round(extractS),
      resolveSeconds: round(resolveS),
    },
    naive: {
      documents: naiveDocs,
      statements: naive.statements,
      relationships: naive.relationshipsCreated,
      seconds: round(naiveS),
      relationshipsPerSecond: Math.round(naiveRate),
    },
    batched: {
      documents: docs,
      transactions: batched.transactions,
      relationships: batched.relationshipsCreated,
      nodes: batched.nodesCreated,
      seconds: round(batchedS),
      relationshipsPerSecond: Math.round(batchedRate),
    },
    speedup: round(batchedRate / naiveRate, 1),
    endToEnd: [small, ...(big ? [big] : [])].map(e2eRow),
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/load.json', JSON.stringify(results, null, 2) + '\n');
  const rows: [string, string][] = [
    [
      'naive loader',
      `${results.naive.relationshipsPerSecond} rel/s (${naive.relationshipsCreated} rels, ${results.naive.seconds} s, ${naiveDocs} docs)`,
    ],
    [
      'batched loader',
      `${results.batched.relationshipsPerSecond} rel/s (${batched.relationshipsCreated} rels, ${results.batched.seconds} s, ${docs} docs)`,
    ],
    ['batched / naive', `${results.speedup}x`],
    ...results.endToEnd.flatMap((e): [string, string][] => [
      [
        `ingest ${e.documents} docs`,
        `${e.seconds} s (${e.msPerDocument} ms/doc; extract ${e.phases.extract} ms, load ${e.phases.load} ms)`,
      ],
      [`re-ingest ${e.documents} unchanged`, `${e.reingestSeconds} s → ${e.reingestSpeedup}x faster`],
    ]),
  ];
  process.stdout.write(
    rows.map(([k, v]) => `${k.padEnd(28)} ${v}`).join('\n') + '\nwritten: bench/results/load.json\n',
  );
} finally {
  await driver.close();
}
