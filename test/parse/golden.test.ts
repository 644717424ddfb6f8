import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ParsedDocument } from '../../src/model/index.js';
import { parse } from '../../src/parse/index.js';

// Pins the parser's output on each fixture; regenerate with UPDATE=1 and review the diff.
// Correctness is asserted elsewhere (seed.test.ts, variants.test.ts): a golden file only pins behaviour.
const FIXTURES = [
  'fixtures/000_3e7985f103b3e583.txt',
  'fixtures/parse/variant-post-index.txt',
  'fixtures/parse/variant-no-index.txt',
];
const GOLDEN_DIR = 'fixtures/parse/golden';

/** One line per paragraph: kind, span, and speaker / journalist when present. */
function summarise(doc: ParsedDocument) {
  return {
    id: doc.id,
    title: doc.title,
    diagnostics: doc.diagnostics.map((d) =>
      `${d.code} ${d.span ? `${d.span.start}-${d.span.end}` : ''}`.trim(),
    ),
    events: doc.events.map((e) => ({
      index: e.index,
      span: `${e.start}-${e.end}`,
      kind: e.kind,
      title: e.title.text,
      date: e.date,
      time: e.time,
      place: e.place?.text ?? null,
      url: e.url?.text ?? null,
      paragraphs: e.paragraphs.map((p) =>
        [
          `${p.kind} ${p.start}-${p.end}`,
          p.speaker && `speaker=${p.speaker.title ? `${p.speaker.title.text} | ` : ''}${p.speaker.name.text}`,
          p.journalist && `journalist=${p.journalist.name.text} | ${p.journalist.outlet?.text ?? ''}`,
        ]
          .filter(Boolean)
          .join(' '),
      ),
    })),
  };
}

describe('golden parser output', () => {
  test.each(FIXTURES)('%s', (path) => {
    const actual = `${JSON.stringify(summarise(parse(readFileSync(path, 'utf8'), { path })), null, 2)}\n`;
    const golden = `${GOLDEN_DIR}/${basename(path, '.txt')}.parsed.json`;
    if (process.env.UPDATE === '1' || !existsSync(golden)) {
      mkdirSync(GOLDEN_DIR, { recursive: true });
      writeFileSync(golden, actual);
    }
    expect(actual).toBe(readFileSync(golden, 'utf8'));
  });
});
