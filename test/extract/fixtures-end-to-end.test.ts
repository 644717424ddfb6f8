import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/cli/extract-file.js';
import { score, type Gold } from '../../src/eval/score.js';

// The seed and our own documents through parse → extract, scored against the hand-made gold with the
// same algorithm as shared/eval/score.mjs (test/eval/score.test.ts proves the two agree).
// The floors guard regressions; `npm run eval` prints the real figures.
const FIXTURES = 'fixtures';
const GOLD_FILES = readdirSync(join(FIXTURES, 'gold'))
  .filter((f) => f.endsWith('.gold.json'))
  .sort();
const SEED = '000_3e7985f103b3e583.txt';

const goldOf = (file: string) => JSON.parse(readFileSync(join(FIXTURES, 'gold', file), 'utf8')) as Gold;

describe('extraction quality against the gold', () => {
  it('scores entity F1 ≥ 0.90 and relation F1 ≥ 0.75 on the seed', async () => {
    const report = score(await extractFile(join(FIXTURES, SEED)), goldOf('000_3e7985f103b3e583.gold.json'));
    expect(report.entities.overall.f1).toBeGreaterThanOrEqual(0.9);
    expect(report.relations.overall.f1).toBeGreaterThanOrEqual(0.75);
  });

  it.each(GOLD_FILES.filter((f) => !f.startsWith('000_')))(
    'stays within 0.10 of the seed on our own %s',
    async (goldFile) => {
      const gold = goldOf(goldFile);
      const seed = score(await extractFile(join(FIXTURES, SEED)), goldOf('000_3e7985f103b3e583.gold.json'));
      const ours = score(await extractFile(join(FIXTURES, gold.document)), gold);
      expect(ours.entities.overall.f1).toBeGreaterThanOrEqual(seed.entities.overall.f1 - 0.1);
      expect(ours.relations.overall.f1).toBeGreaterThanOrEqual(seed.relations.overall.f1 - 0.1);
    },
  );
});

describe('extraction invariants on every fixture', () => {
  const documents = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));

  it.each(documents)('%s: two runs print byte-identical JSON', async (file) => {
    const a = JSON.stringify(await extractFile(join(FIXTURES, file)));
    const b = JSON.stringify(await extractFile(join(FIXTURES, file)));
    expect(a).toBe(b);
  });

  it.each(documents)('%s: every mention slices the text to the entity’s name or an alias', async (file) => {
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    const extraction = await extractFile(join(FIXTURES, file));
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const entity of extraction.entities) {
      if (entity.type === 'Event') continue; // an event's mention is its whole heading line
      const forms = new Set([entity.name, ...entity.aliases].map(squash));
      for (const m of entity.mentions) {
        expect(m.end).toBeGreaterThan(m.start);
        expect(forms, `${entity.id} at ${m.start}`).toContain(squash(text.slice(m.start, m.end)));
      }
    }
  });

  it.each(documents)('%s: every evidence span lies in the text and its text is that slice', async (file) => {
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    const extraction = await extractFile(join(FIXTURES, file));
    for (const relation of extraction.relations) {
      expect(relation.evidence.length).toBeGreaterThan(0);
      for (const e of relation.evidence) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(text.length);
        expect(e.text).toBe(text.slice(e.start, e.end));
      }
    }
  });
});
