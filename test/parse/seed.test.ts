import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse, readDocument } from '../../src/parse/index.js';
import { allSpans } from './all-spans.js';

const SEED = 'fixtures/000_3e7985f103b3e583.txt';
const text = readFileSync(SEED, 'utf8');
const doc = parse(text, { path: SEED });

// Read off the seed by hand: index lines 1-5 and the URL line closing each event.
const EXPECTED = [
  [
    'meeting',
    'Rencontre avec le gouverneur du territoire de Perm Dmitry Makhonin',
    '2025-03-10',
    '13:40',
    'Kremlin-Moscou',
    '76428',
  ],
  [
    'meeting',
    'Rencontre avec le gouverneur de la région d’Arkhangelsk, Alexander Tsybulsky',
    '2025-03-11',
    '14:40',
    'Kremlin-Moscou',
    '76442',
  ],
  [
    'visit',
    'Visite d’un poste de commandement du groupe de forces à Kursk',
    '2025-03-12',
    '21:40',
    'Région de Kursk',
    '76446',
  ],
  ['talks', 'Pourparlers russo-bilarusiens', '2025-03-13', '17:40', 'Kremlin-Moscou', '76448'],
  [
    'press_conference',
    'Conférence de presse conjointe avec le président du Bélarus Alexander Lukashenko',
    '2025-03-13',
    '19:00',
    'Kremlin-Moscou',
    '76450',
  ],
] as const;

describe('the seed, end to end', () => {
  test('five events, no diagnostics', () => {
    expect(doc.events).toHaveLength(5);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.id).toBe('doc:000-3e7985f103b3e583');
  });

  test.each(EXPECTED.map((row, i) => [i + 1, ...row] as const))(
    'event %i: %s %s',
    (n, kind, title, date, time, place, news) => {
      const e = doc.events[n - 1]!;
      expect(e.index).toBe(n);
      expect(e.kind).toBe(kind);
      expect(e.title.text).toBe(title);
      expect(e.date).toBe(date);
      expect(e.time).toBe(time);
      expect(e.place?.text).toBe(place);
      expect(e.url?.text).toBe(`http://en.kremlin.ru/events/president/news/${news}`);
      // The event starts at its body heading, not at its index entry.
      expect(e.heading.text.startsWith(`${n}°/`)).toBe(true);
      expect(e.start).toBeGreaterThan(text.indexOf('5°/Conférence'));
    },
  );

  test('events tile the body: each ends where the next heading starts', () => {
    for (let k = 1; k < doc.events.length; k++) expect(doc.events[k - 1]!.end).toBe(doc.events[k]!.start);
    expect(doc.events.at(-1)!.end).toBe(text.length);
  });

  test('lead, dateline and place lines of event 1', () => {
    const kinds = doc.events[0]!.paragraphs.slice(0, 4).map((p) => [p.kind, p.text.slice(0, 30)]);
    expect(kinds).toEqual([
      ['lead', 'La discussion s’est concentrée'],
      ['dateline', '10 mars 2025 à 13H40 au Kremli'],
      ['place', 'Territoire de Perm'],
      ['body', 'Dmitry Makhonin a informé le p'],
    ]);
    expect(doc.events[1]!.paragraphs.find((p) => p.kind === 'place')?.text).toBe('Région d’Arkhangelsk');
  });

  test('gallery markers and <…> are dropped', () => {
    const all = doc.events.flatMap((e) => e.paragraphs);
    expect(all.some((p) => /^\d+ sur \d+$/.test(p.text) || p.text === '<…>')).toBe(false);
  });

  test('speaker turns: every "Name:" line of the seed, and no prose line', () => {
    const turns = doc.events.flatMap((e) => e.paragraphs).filter((p) => p.kind === 'turn');
    const speakers = turns.map((p) => `${p.speaker!.title?.text ?? ''}|${p.speaker!.name.text}`);
    expect(new Set(speakers)).toEqual(
      new Set([
        'Chef d’état-major général des forces armées de la Russie – Premier vice-ministre de la Défense|Valery Gerasimov',
        'Président de la Russie|Vladimir Poutine',
        'Président de la République du Bélarus|Alexander Lukashenko',
        '|Vladimir Poutine',
        '|Alexander Lukashenko',
        '|Alexandre Lukashenko',
        '|Natalya Breus',
        '|Olga Knyazeva',
        '|Anna Pyzh',
        '|Ilya Yezhov',
      ]),
    );
    // 30 seed lines have a colon before any other; 24 are turns, 6 are prose (see speaker-turns.test.ts).
    expect(turns).toHaveLength(24);
    for (const p of turns) expect(p.body!.start).toBe(p.text.indexOf(':') + p.start + 2);
  });

  test('journalists introducing themselves', () => {
    const intro = doc.events.flatMap((e) => e.paragraphs).filter((p) => p.journalist);
    expect(intro.map((p) => [p.journalist!.name.text, p.journalist!.outlet?.text])).toEqual([
      ['Natalya Breus', 'la première chaîne d’information'],
      ['Anna Pyzh', 'la chaîne de télévision ONT'],
      ['Ilya Yezhov', 'Ria Novosti'],
    ]);
  });

  test('bullets of the unit list', () => {
    const bullets = doc.events[2]!.paragraphs.filter((p) => p.kind === 'bullet');
    expect(bullets).toHaveLength(13);
    expect(bullets[0]!.text).toBe('- the 76th Guards Airborne Assault Division,');
  });
});

describe('invariants on the seed', () => {
  test('every span slices the original text', () => {
    const spans = allSpans(doc);
    expect(spans.length).toBeGreaterThan(300);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  test('deterministic: two parses give the same JSON', () => {
    expect(JSON.stringify(parse(text, { path: SEED }))).toBe(JSON.stringify(doc));
  });

  test('readDocument hashes the raw bytes', async () => {
    const read = await readDocument(SEED);
    expect(read.text).toBe(text);
    expect(read.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
