import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate-corpus.js';

/** `tsx bench/corpus/generate.ts --count 1000 --seed 1 --out .cache/corpus-1000`: writes the corpus as .txt files. */
export function writeCorpus(count: number, seed: number, out: string): string[] {
  mkdirSync(out, { recursive: true });
  return generateCorpus(count, seed).map(({ name, text }) => {
    const path = join(out, name);
    writeFileSync(path, text);
    return path;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '100' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const count = Number(values.count);
  const out = values.out ?? join('.cache', `corpus-${count}-${values.seed}`);
  const paths = writeCorpus(count, Number(values.seed), out);
  process.stdout.write(`wrote ${paths.length} documents to ${out}\n`);
}
