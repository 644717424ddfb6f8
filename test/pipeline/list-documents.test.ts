import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listDocuments } from '../../src/pipeline.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-list-'));
const FILES = [
  'a.txt',
  'b.html',
  'c.HTM',
  'notes.json',
  'README.md',
  'photo.jpg',
  'gold/a.gold.json',
  '.cache/d.txt',
  'sub/e.TXT',
  'sub/page.htm.bak',
];
for (const f of FILES) {
  mkdirSync(join(dir, f, '..'), { recursive: true });
  writeFileSync(join(dir, f), 'x');
}

describe('listDocuments', () => {
  test('takes .txt, .html and .htm in any case; lists every other file of a walked folder as skipped', async () => {
    const others: string[] = [];
    const documents = await listDocuments([dir], undefined, (path) => others.push(path));
    expect(documents).toEqual(['a.txt', 'b.html', 'c.HTM', 'sub/e.TXT'].map((f) => join(dir, f)));
    expect(others.sort()).toEqual(
      ['README.md', 'notes.json', 'photo.jpg', 'sub/page.htm.bak'].map((f) => join(dir, f)).sort(),
    );
  });

  test('a file named on the command line is taken whatever its extension', async () => {
    const others: string[] = [];
    expect(await listDocuments([join(dir, 'notes.json')], undefined, (p) => others.push(p))).toEqual([
      join(dir, 'notes.json'),
    ]);
    expect(others).toEqual([]);
  });
});
