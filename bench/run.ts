// `npm run bench`: every benchmark in turn, each in its own process (one core's worth of work each),
// results in bench/results/*.json. Pass names to run some: `npm run bench -- extract load`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const ALL = ['extract', 'load', 'graphql', 'graphql-load'];
const chosen = process.argv.slice(2).filter((a) => ALL.includes(a));
let failed = 0;
for (const name of chosen.length ? chosen : ALL) {
  const entry = `bench/${name}/run.ts`;
  if (!existsSync(entry)) continue;
  process.stderr.write(`\n== bench ${name} ==\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', entry], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
