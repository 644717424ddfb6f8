import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/cli/extract-file.js';
import { score, type Gold } from '../../src/eval/score.js';

// test/eval/reference/score.mjs is a verbatim copy of shared/eval/score.mjs, the reference scorer.
const REFERENCE = join(import.meta.dirname, 'reference', 'score.mjs');
const SEED = 'fixtures/000_3e7985f103b3e583.txt';
const GOLD = 'fixtures/gold/000_3e7985f103b3e583.gold.json';

function referenceScore(pred: unknown, goldPath: string): unknown {
  const dir = mkdtempSync(join(tmpdir(), 'kg-eval-'));
  const predPath = join(dir, 'pred.json');
  writeFileSync(predPath, JSON.stringify(pred));
  return JSON.parse(
    execFileSync(process.execPath, [REFERENCE, predPath, goldPath, '--json'], { encoding: 'utf8' }),
  );
}

describe('kg eval scoring', () => {
  it('agrees with the reference scorer on the seed extraction', async () => {
    const pred = await extractFile(SEED);
    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as Gold;
    expect(score(pred, gold)).toEqual(referenceScore(pred, GOLD));
  });

  it('agrees with the reference scorer on a degraded prediction (half the entities, duplicates)', async () => {
    const pred = await extractFile(SEED);
    const degraded = {
      ...pred,
      entities: [...pred.entities.filter((_, i) => i % 2 === 0), ...pred.entities.slice(0, 5)],
      relations: pred.relations.filter((_, i) => i % 3 !== 0),
    };
    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as Gold;
    expect(score(degraded, gold)).toEqual(referenceScore(degraded, GOLD));
  });
});
