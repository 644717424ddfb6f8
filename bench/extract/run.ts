// Extraction throughput: MB of text per second on one core (this process), median of several runs,
// over ≥ 10 MB of documents — the fixtures plus generated documents of the same genre. The baseline,
// measured in the same run on the same text, is parsing alone: the ratio shows what extraction costs.
//
//   npx tsx bench/extract/run.ts [--mb 10] [--runs 5]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extract } from '../../src/extract/index.js';
import { parse } from '../../src/parse/index.js';
import { generateCorpus } from '../corpus/generate-corpus.js';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '10' }, runs: { type: 'string', default: '5' } } });
const targetBytes = Number(values.mb) * 1024 * 1024;
const runs = Number(values.runs);

function corpus(): { path: string; text: string }[] {
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

function timeRuns(label: string, docs: { path: string; text: string }[], work: (d: { path: string; text: string }) => unknown) {
  const seconds: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const d of docs) work(d);
    seconds.push((performance.now() - t0) / 1000);
    process.stderr.write(`  ${label} run ${r + 1}/${runs}: ${seconds.at(-1)!.toFixed(2)} s\n`);
  }
  return median(seconds);
}

const docs = corpus();
const mb = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / (1024 * 1024);
process.stderr.write(`corpus: ${docs.length} documents, ${mb.toFixed(1)} MB\n`);
const parseSeconds = timeRuns('parse', docs, (d) => parse(d.text, { path: d.path }));
const extractSeconds = timeRuns('parse+extract', docs, (d) => extract(parse(d.text, { path: d.path })));
const result = {
  date: new Date().toISOString(),
  node: process.version,
  documents: docs.length,
  megabytes: +mb.toFixed(2),
  runs,
  parseMBps: +(mb / parseSeconds).toFixed(2),
  extractMBps: +(mb / extractSeconds).toFixed(2),
  extractVsParseOnly: +(extractSeconds / parseSeconds).toFixed(2),
  target: '>= 1 MB/s for parse + extract on one core',
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/extract.json', `${JSON.stringify(result, null, 2)}\n`);
console.log(`| corpus | parse only (baseline) | parse + extract | extract costs |`);
console.log(`| --- | --- | --- | --- |`);
console.log(`| ${docs.length} docs, ${mb.toFixed(1)} MB | ${result.parseMBps} MB/s | ${result.extractMBps} MB/s | ${result.extractVsParseOnly}× the time of parsing |`);
