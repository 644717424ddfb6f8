// Extraction throughput: MB of text per second on one core (this process), median of several runs,
// over ≥ 10 MB of documents — the fixtures plus generated documents of the same genre. The baseline,
// measured in the same run on the same text, is parsing alone: the ratio shows what extraction costs.
// Each run is timed twice: CPU time of this process (process.cpuUsage, user + system), which holds
// steady on a machine shared with other jobs, and wall time, which is what a user waits for alone.
//
//   npx tsx bench/extract/run.ts [--mb 10] [--runs 5]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../../src/extract/index.js';
import { parse } from '../../src/parse/index.js';
import { generateCorpus } from '../corpus/generate-corpus.js';

const { values } = parseArgs({
  options: { mb: { type: 'string', default: '10' }, runs: { type: 'string', default: '5' } },
});
const targetBytes = Number(values.mb) * 1024 * 1024;
const runs = Number(values.runs);

interface Doc {
  path: string;
  text: string;
}

function corpus(): Doc[] {
  const docs = readdirSync('fixtures')
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ path: join('fixtures', f), text: readFileSync(join('fixtures', f), 'utf8') }));
  let bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  let batch = 0;
  while (bytes < targetBytes) {
    for (const g of generateCorpus(200, 1000 + batch++)) {
      docs.push({ path: g.name, text: g.text });
      bytes += Buffer.byteLength(g.text);
    }
  }
  return docs;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Timing {
  cpu: number;
  wall: number;
}

function timeRuns(label: string, docs: Doc[], work: (d: Doc) => unknown): Timing {
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const d of docs) work(d);
    wall.push((performance.now() - t0) / 1000);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1e6);
    process.stderr.write(
      `  ${label} run ${r + 1}/${runs}: ${cpu.at(-1)!.toFixed(2)} s cpu, ${wall.at(-1)!.toFixed(2)} s wall\n`,
    );
  }
  return { cpu: median(cpu), wall: median(wall) };
}

const docs = corpus();
const mb = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / (1024 * 1024);
process.stderr.write(`corpus: ${docs.length} documents, ${mb.toFixed(1)} MB\n`);
const parsing = timeRuns('parse', docs, (d) => parse(d.text, { path: d.path }));
const extracting = timeRuns('parse+extract', docs, (d) => extract(parse(d.text, { path: d.path })));
const rate = (seconds: number) => +(mb / seconds).toFixed(2);
const result = {
  date: new Date().toISOString(),
  node: process.version,
  documents: docs.length,
  megabytes: +mb.toFixed(2),
  runs,
  parseMBps: rate(parsing.wall),
  extractMBps: rate(extracting.wall),
  parseCpuMBps: rate(parsing.cpu),
  extractCpuMBps: rate(extracting.cpu),
  extractVsParseOnly: +(extracting.cpu / parsing.cpu).toFixed(2),
  target: '>= 1 MB/s for parse + extract on one core',
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/extract.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(`| corpus | clock | parse only (baseline) | parse + extract | extract costs |`);
console.log(`| --- | --- | --- | --- | --- |`);
console.log(
  `| ${docs.length} docs, ${mb.toFixed(1)} MB | CPU | ${result.parseCpuMBps} MB/s | ${result.extractCpuMBps} MB/s | ${result.extractVsParseOnly}× the time of parsing |`,
);
console.log(
  `| | wall | ${result.parseMBps} MB/s | ${result.extractMBps} MB/s | ${+(extracting.wall / parsing.wall).toFixed(2)}× |`,
);
