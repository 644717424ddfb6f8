import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { applySchema } from '../../graph-schema/apply.js';
import { analyze } from '../../src/analytics/index.js';
import { connectDatabase, databaseStatus, stopDatabase } from '../../src/db/index.js';
import { extract } from '../../src/extract/index.js';
import { load, type GraphData } from '../../src/load/index.js';
import { documentId, parse } from '../../src/parse/index.js';
import { ingest } from '../../src/pipeline.js';
import { resolve } from '../../src/resolve/index.js';
import { generateCorpus } from '../corpus/generate-corpus.js';
import { writeCorpus } from '../corpus/generate.js';
import { loadAverage, loadBenchConfig, processCpuSeconds } from './bench-database.js';
import { naiveLoad } from './naive-load.js';
import { removeDocuments } from './remove-documents.js';

/**
 * `npm run -s bench -- load` or `tsx bench/load/run.ts [--docs 1000] [--large 10000] [--seed 1]`:
 * batched vs naive loader on the same generated corpus, end-to-end ingest of two corpus sizes, and
 * re-ingest of an unchanged corpus. Prints a table; writes bench/results/load.json.
 * Runs on its own local server (bench-database.ts); `--stop` stops it at the end.
 * The machine is shared: naive and batched runs alternate `--repeat` times and the medians are
 * compared, each sample with the load average and the server's CPU seconds beside it.
 */
const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000' },
    large: { type: 'string', default: '10000' },
    'naive-docs': { type: 'string' },
    seed: { type: 'string', default: '1' },
    batch: { type: 'string', default: '250' },
    repeat: { type: 'string', default: '3' },
    stop: { type: 'boolean', default: false },
    // Only the end-to-end ingest of this many documents, added to an existing bench/results/load.json.
    'e2e-only': { type: 'string' },
  },
});
const docs = Number(values.docs);
const large = Number(values.large);
// The naive loader is slow enough that a sample of the corpus gives its rate; --naive-docs to widen it.
const naiveDocs = Math.min(docs, Number(values['naive-docs'] ?? 100));
const repeat = Math.max(1, Number(values.repeat));
const seed = Number(values.seed);
const batchDocuments = Number(values.batch);

const log = (line: string) => process.stderr.write(line + '\n');
const seconds = (t: number) => (performance.now() - t) / 1000;
const round = (x: number, d = 2) => Number(x.toFixed(d));

const config = loadBenchConfig();
const { driver, connection } = await connectDatabase(config, { log, startedBy: 'bench-load' });
const database = connection.database;
await applySchema(driver, database);
const serverPid = (await databaseStatus(config)).pid;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Times `run`, with the server's CPU seconds and the load average around it. */
async function sample<T extends { relationshipsCreated: number }>(run: () => Promise<T>) {
  const loadBefore = loadAverage();
  const cpu0 = processCpuSeconds(serverPid);
  const t = performance.now();
  const result = await run();
  const secs = seconds(t);
  const cpu1 = processCpuSeconds(serverPid);
  const serverCpu = cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0;
  return {
    result,
    row: {
      seconds: round(secs),
      relationships: result.relationshipsCreated,
      relationshipsPerSecond: Math.round(result.relationshipsCreated / secs),
      ...(serverCpu !== undefined && {
        serverCpuSeconds: round(serverCpu, 1),
        relationshipsPerServerCpuSecond: Math.round(result.relationshipsCreated / serverCpu),
      }),
      loadAverage: [loadBefore, loadAverage()],
    },
  };
}

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
    if (values.stop) await stopDatabase(config, { log });
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

  const naiveGraph = naiveDocs < docs ? restrict(graph, new Set(ids.slice(0, naiveDocs))) : graph;
  const naiveSamples: Awaited<ReturnType<typeof sample>>['row'][] = [];
  const batchedSamples: Awaited<ReturnType<typeof sample>>['row'][] = [];
  let naive: Awaited<ReturnType<typeof naiveLoad>> | undefined;
  let batched: Awaited<ReturnType<typeof load>> | undefined;
  for (let k = 1; k <= repeat; k++) {
    log(`[${k}/${repeat}] naive loader on ${naiveDocs} documents (load average ${loadAverage()})…`);
    const n = await sample(() => naiveLoad(driver, naiveGraph, database));
    naive = n.result;
    naiveSamples.push(n.row);
    log(
      `naive: ${n.row.relationships} relationships in ${n.row.seconds} s = ${n.row.relationshipsPerSecond}/s`,
    );
    await removeDocuments(driver, ids, database);

    log(`[${k}/${repeat}] batched loader on ${docs} documents (load average ${loadAverage()})…`);
    // As ingest calls it for documents not in the graph yet: nothing to take back.
    const b = await sample(() => load(driver, graph, { database, batchDocuments, loaded: new Set() }));
    batched = b.result;
    batchedSamples.push(b.row);
    log(
      `batched: ${b.row.relationships} relationships in ${b.row.seconds} s = ${b.row.relationshipsPerSecond}/s`,
    );
    await removeDocuments(driver, ids, database);
  }

  const small = await endToEnd(docs);
  const big = large > 0 ? await endToEnd(large) : undefined;
  await removeDocuments(driver, [...small.ids, ...(big?.ids ?? [])], database);
  await analyze(driver, { database });

  const naiveRate = median(naiveSamples.map((x) => x.relationshipsPerSecond));
  const batchedRate = median(batchedSamples.map((x) => x.relationshipsPerSecond));
  const cpuRate = (xs: typeof naiveSamples) =>
    xs.every((x) => x.relationshipsPerServerCpuSecond)
      ? median(xs.map((x) => x.relationshipsPerServerCpuSecond!))
      : undefined;
  const results = {
    date: new Date().toISOString(),
    command: `tsx bench/load/run.ts --docs ${docs} --large ${large} --naive-docs ${naiveDocs} --seed ${seed} --batch ${batchDocuments} --repeat ${repeat}`,
    machine: {
      cpus: cpus().length,
      memoryGb: round(totalmem() / 2 ** 30, 1),
      node: process.version,
      server: `${connection.uri} (${config.neo4jHome})`,
    },
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
      statements: naive!.statements,
      relationships: naive!.relationshipsCreated,
      relationshipsPerSecond: Math.round(naiveRate),
      relationshipsPerServerCpuSecond: cpuRate(naiveSamples),
      samples: naiveSamples,
    },
    batched: {
      documents: docs,
      batchDocuments,
      transactions: batched!.transactions,
      relationships: batched!.relationshipsCreated,
      nodes: batched!.nodesCreated,
      relationshipsPerSecond: Math.round(batchedRate),
      relationshipsPerServerCpuSecond: cpuRate(batchedSamples),
      samples: batchedSamples,
    },
    speedup: round(batchedRate / naiveRate, 1),
    endToEnd: [small, ...(big ? [big] : [])].map(e2eRow),
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/load.json', JSON.stringify(results, null, 2) + '\n');
  const rows: [string, string][] = [
    [
      'naive loader',
      `${results.naive.relationshipsPerSecond} rel/s median of ${repeat} (${naive!.relationshipsCreated} rels, ${naiveDocs} docs)`,
    ],
    [
      'batched loader',
      `${results.batched.relationshipsPerSecond} rel/s median of ${repeat} (${batched!.relationshipsCreated} rels, ${docs} docs, ${batchDocuments}/tx)`,
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
  if (values.stop) await stopDatabase(config, { log });
}
