// Guards speed work on extraction: the JSON `kg extract FILE` prints must not change. `save` writes
// the output for every fixture, fixtures/parse/*.txt and 200 generated documents (seed 7) into DIR;
// `compare` extracts them again and lists the files whose output differs (exit code 1 if any).
//
//   npx tsx bench/extract/same-output.ts save /tmp/extract-ref      # before the change
//   npx tsx bench/extract/same-output.ts compare /tmp/extract-ref   # after it
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFile } from '../../src/cli/extract-file.js';
import { generateCorpus } from '../corpus/generate-corpus.js';

const [mode, dir] = process.argv.slice(2);
if ((mode !== 'save' && mode !== 'compare') || !dir) {
  console.error('usage: same-output.ts save|compare DIR');
  process.exit(2);
}

/** The documents: fixtures by their repository path, generated ones written under DIR/inputs. */
function inputs(): string[] {
  const listed = (folder: string) =>
    readdirSync(folder)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(folder, f));
  const generated = join(dir!, 'inputs');
  mkdirSync(generated, { recursive: true });
  for (const g of generateCorpus(200, 7)) writeFileSync(join(generated, g.name), g.text);
  return [...listed('fixtures'), ...listed('fixtures/parse'), ...listed(generated)];
}

// What `kg extract FILE` prints: the contract without diagnostics, then its diagnostics lines.
async function render(file: string): Promise<string> {
  const { diagnostics, ...contract } = await extractFile(file);
  const lines = (diagnostics ?? []).map((d) => `kg: ${d.document ?? ''} ${d.severity}: ${d.message}\n`);
  return `${JSON.stringify(contract, null, 2)}\n${lines.join('')}`;
}

let changed = 0;
const files = inputs();
for (const file of files) {
  const out = join(dir, `${file.replaceAll('/', '__')}.out`);
  const text = await render(file);
  if (mode === 'save') writeFileSync(out, text);
  else if (readFileSync(out, 'utf8') !== text) {
    changed++;
    console.log(`differs: ${file}`);
  }
}
console.log(
  `${mode === 'save' ? 'saved' : 'compared'} ${files.length} documents${mode === 'compare' ? `, ${changed} differ` : ''}`,
);
process.exitCode = changed ? 1 : 0;
