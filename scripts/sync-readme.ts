// Copies the five tested questions of docs/walkthrough.md into README.md between the walkthrough
// markers (headings one level down), so the README shows exactly what test/docs runs.
//   npx tsx scripts/sync-readme.ts          write README.md
//   npx tsx scripts/sync-readme.ts --check  exit 1 when README.md is out of date
import { readFileSync, writeFileSync } from 'node:fs';

export const START =
  '<!-- walkthrough:start (generated from docs/walkthrough.md by scripts/sync-readme.ts) -->';
export const END = '<!-- walkthrough:end -->';

/** The README with its walkthrough block replaced by the questions of the walkthrough page. */
export function syncedReadme(readme: string, walkthrough: string): string {
  const from = walkthrough.search(/^## 1\. /m);
  const to = walkthrough.search(/^## Going further/m);
  const questions = walkthrough
    .slice(from, to < 0 ? undefined : to)
    .trim()
    .replace(/^## /gm, '### ');
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error('README.md: walkthrough markers missing');
  return `${readme.slice(0, a + START.length)}\n\n${questions}\n\n${readme.slice(b)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync('README.md', 'utf8');
  const next = syncedReadme(readme, readFileSync('docs/walkthrough.md', 'utf8'));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md is out of date: run npx tsx scripts/sync-readme.ts');
      process.exitCode = 1;
    }
  } else writeFileSync('README.md', next);
}
