import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { allSpans } from './all-spans.js';

const seedLines = readFileSync('fixtures/000_3e7985f103b3e583.txt', 'utf8').split('\n');
const noise = [
  '\r',
  '\uFEFF',
  '\uFFFD',
  ':',
  ' : ',
  '°/',
  '–',
  '1 sur 3',
  '<…>',
  '%%%%',
  'PHOTO 3',
  'http://kremlin.ru/x',
  '10 mars 2025',
  '13H40',
  '\u0000',
];

// Documents made of real seed lines, shuffled and spliced with layout noise.
const documents = fc
  .array(fc.oneof(fc.constantFrom(...seedLines), fc.constantFrom(...noise), fc.string({ maxLength: 40 })), {
    maxLength: 60,
  })
  .chain((parts) => fc.constantFrom('\n', '\r\n', '').map((sep) => parts.join(sep === '' ? '\n' : sep)));

describe('parse on arbitrary text', () => {
  test('never throws; every span slices the text; events are ordered and disjoint', () => {
    fc.assert(
      fc.property(fc.oneof(documents, fc.string({ unit: 'grapheme', maxLength: 400 })), (text) => {
        const doc = parse(text, { path: 'prop.txt' });
        for (const s of allSpans(doc)) expect(text.slice(s.start, s.end)).toBe(s.text);
        for (let k = 1; k < doc.events.length; k++)
          expect(doc.events[k - 1]!.end).toBeLessThanOrEqual(doc.events[k]!.start);
        for (const e of doc.events) {
          expect(e.date === null || /^\d{4}-\d{2}-\d{2}$/.test(e.date)).toBe(true);
          expect(e.time === null || /^([01]\d|2[0-3]):[0-5]\d$/.test(e.time)).toBe(true);
          for (const p of e.paragraphs) expect(p.start >= e.start && p.end <= e.end).toBe(true);
        }
        expect(JSON.stringify(parse(text, { path: 'prop.txt' }))).toBe(JSON.stringify(doc));
      }),
      { numRuns: 300, seed: 42 },
    );
  });
});
