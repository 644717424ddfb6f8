import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Extraction } from '../model/index.js';
import { scoreDetailed, type Gold, type Matches, type ScoreReport } from './score.js';

export interface FixtureScore {
  file: string;
  report: ScoreReport;
  /** Which predictions matched gold (calibration reads them). */
  matches: Matches;
  extraction: Extraction;
}

/** Every `<dir>/gold/<name>.gold.json` paired with `<dir>/<name>.txt`, extracted and scored. */
export async function evaluateFixtures(
  dir: string,
  extractFile: (path: string) => Promise<Extraction>,
): Promise<FixtureScore[]> {
  const goldDir = join(dir, 'gold');
  const goldFiles = (await readdir(goldDir)).filter((f) => f.endsWith('.gold.json')).sort();
  const out: FixtureScore[] = [];
  for (const goldFile of goldFiles) {
    const gold = JSON.parse(await readFile(join(goldDir, goldFile), 'utf8')) as Gold;
    // `document` is relative to fixtures/ (corpus/dev/x.txt) for check-gold: the text sits beside gold/.
    const file = join(dir, basename(gold.document ?? `${basename(goldFile, '.gold.json')}.txt`));
    if (!existsSync(file)) continue;
    const extraction = await extractFile(file);
    out.push({ file, ...scoreDetailed(extraction, gold), extraction });
  }
  return out;
}
