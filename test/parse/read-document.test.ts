import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors.js';
import { documentId, readDocument } from '../../src/parse/index.js';

const dir = mkdtempSync(join(tmpdir(), 'kg-read-'));
const file = (name: string, bytes: Buffer | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const utf8 = (s: string) => Buffer.from(s, 'utf8');

describe('readDocument', () => {
  test('UTF-8: text as is, sha256 of the raw bytes', async () => {
    const bytes = utf8('1°/Rencontre – 10 mars 2025\nBélarus\n');
    const read = await readDocument(file('ok.txt', bytes));
    expect(read).toEqual({
      text: '1°/Rencontre – 10 mars 2025\nBélarus\n',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      format: 'text',
    });
  });

  test('a UTF-8 BOM stays in the text (spans count it)', async () => {
    const read = await readDocument(
      file('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('Texte')])),
    );
    expect(read.text).toBe('\uFEFFTexte');
  });

  test.each([
    [
      'utf-16le',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Bélarus – 10 mars 2025', 'utf16le')]),
    ],
    [
      'utf-16be',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Bélarus – 10 mars 2025', 'utf16le').swap16()]),
    ],
  ])('%s with a BOM is decoded, BOM kept', async (name, bytes) => {
    expect((await readDocument(file(`${name}.txt`, bytes))).text).toBe('\uFEFFBélarus – 10 mars 2025');
  });

  test.each([
    ['empty', Buffer.alloc(0)],
    ['white space only', utf8(' \n\r\n\t')],
    ['NUL bytes', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00])],
    ['control characters', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)))],
    ['invalid UTF-8 (Latin-1)', Buffer.from('Bélarus', 'latin1')],
    ['an HTML page with no text', utf8('\n  <html lang="fr"><head><title>Kremlin</title></head></html>')],
    ['an HTML page of scripts and menus', utf8('<!DOCTYPE html><script>x()</script><nav>Accueil</nav>')],
  ])('rejects %s with InputError naming the file', async (name, bytes) => {
    const path = file(`${name.replace(/\W+/g, '-')}.txt`, bytes);
    const error = await readDocument(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('INPUT');
    expect((error as InputError).file).toBe(path);
  });

  const PAGE =
    '<!DOCTYPE html>\n<html><head><title>Kremlin</title></head><body><h1>Rencontre</h1><p>10&nbsp;mars 2025</p></body></html>';

  test.each(['page.html', 'page.htm', 'PAGE.HTML', 'saved-as.txt'])(
    '%s: an HTML page is read as its visible text, sha256 of the raw bytes',
    async (name) => {
      const read = await readDocument(file(name, utf8(PAGE)));
      expect(read).toEqual({
        text: 'Rencontre\n10 mars 2025\n',
        sha256: createHash('sha256').update(PAGE).digest('hex'),
        format: 'html',
      });
    },
  );

  test('a .html file is read as HTML even without a doctype, BOM and all', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('<p>Rencontre</p>\n<p>Texte</p>')]);
    expect(await readDocument(file('fragment.html', bytes))).toMatchObject({
      text: 'Rencontre\nTexte\n',
      format: 'html',
    });
  });

  test('a .txt file that only mentions tags stays text', async () => {
    const text = '1°/Rencontre – 10 mars 2025\n<…>\n<html> est cité ici\n';
    expect(await readDocument(file('tags.txt', utf8(text)))).toMatchObject({ text, format: 'text' });
  });

  test('rejects a file over the limit', async () => {
    const path = file('big.txt', utf8('a'.repeat(2048)));
    await expect(readDocument(path, { maxBytes: 1024 })).rejects.toBeInstanceOf(InputError);
    await expect(readDocument(path, { maxBytes: 4096 })).resolves.toMatchObject({ text: 'a'.repeat(2048) });
  });

  test('rejects a missing file and a directory', async () => {
    await expect(readDocument(join(dir, 'missing.txt'))).rejects.toBeInstanceOf(InputError);
    await expect(readDocument(dir)).rejects.toBeInstanceOf(InputError);
  });
});

describe('documentId', () => {
  test.each([
    ['fixtures/000_3e7985f103b3e583.txt', 'doc:000-3e7985f103b3e583'],
    ['/abs/path/Rencontre Été 2025.TXT', 'doc:rencontre-ete-2025'],
    ['C:\\docs\\0845 – Kremlin.txt', 'doc:0845-kremlin'],
    ['no-extension', 'doc:no-extension'],
    ['.hidden', 'doc:hidden'],
  ])('%s → %s', (path, id) => {
    expect(documentId(path)).toBe(id);
  });
});
