import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { extractFile } from '../../src/cli/extract-file.js';
import type { Extraction } from '../../src/model/index.js';
import { documentId, htmlText } from '../../src/parse/index.js';

// fixtures/html: event 1 of fixtures/001 as a kremlin.ru-like page (site banner, menus, breadcrumbs,
// scripts, styles, a footer, &nbsp; &shy; and numeric entities) and the same content saved as text.
const PAGE = 'fixtures/html/tatarstan-page.html';
const TEXT = 'fixtures/html/tatarstan-page-text.txt';

/** The extraction without what differs by construction: offsets, document ids and paths. */
function comparable(x: Extraction, path: string) {
  const slug = documentId(path).slice('doc:'.length);
  const neutral = (s: string) => s.replaceAll(slug, '<doc>');
  const entities = x.entities
    .map((e) => ({ ...e, id: neutral(e.id), mentions: e.mentions.length }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const relations = x.relations
    .map((r) => ({
      ...r,
      source: neutral(r.source),
      target: neutral(r.target),
      evidence: r.evidence.map((e) => e.text),
    }))
    .map((r) => JSON.stringify(r))
    .sort();
  return { entities, relations };
}

describe('an HTML page and its text version', async () => {
  const page = await extractFile(PAGE);
  const text = await extractFile(TEXT);

  test('give the same events, entities and relations (with the same evidence sentences)', () => {
    expect(page.entities.filter((e) => e.type === 'Event')).toHaveLength(1);
    expect(comparable(page, PAGE)).toEqual(comparable(text, TEXT));
  });

  test('none of the page banner, menus, scripts or footer reaches the extraction', () => {
    const names = page.entities.flatMap((e) => [e.name, ...e.aliases]);
    // Named only in the <head>, <script>, <nav> and <footer> of the page.
    for (const absent of [
      'Région de Kursk',
      'Conseil de sécurité',
      'Administration du Président de la Russie',
    ])
      expect(names).not.toContain(absent);
  });

  test('the page record carries the text its spans index; the text file’s record does not need to', () => {
    expect(page.documents[0]).toMatchObject({ format: 'html', text: htmlText(readFileSync(PAGE, 'utf8')) });
    expect(text.documents[0]).not.toHaveProperty('text');
  });

  test('every mention slices the stored text to its entity’s name or an alias', () => {
    const stored = page.documents[0]!.text!;
    const mentions = page.entities.flatMap((e) =>
      e.mentions.map((m) => ({ forms: [e.name, ...e.aliases], slice: stored.slice(m.start, m.end) })),
    );
    expect(mentions.length).toBeGreaterThan(30);
    for (const { forms, slice } of mentions) expect(forms).toContain(slice);
  });

  test('every evidence span slices the stored text to its sentence', () => {
    const stored = page.documents[0]!.text!;
    const evidence = page.relations.flatMap((r) => r.evidence);
    expect(evidence.length).toBeGreaterThan(50);
    for (const e of evidence) expect(stored.slice(e.start, e.end)).toBe(e.text);
  });

  test('the page reads like its text version, line for line', () => {
    expect(htmlText(readFileSync(PAGE, 'utf8'))).toBe(readFileSync(TEXT, 'utf8'));
  });
});
