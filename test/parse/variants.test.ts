import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { isPlaceLine } from '../../src/parse/paragraphs.js';
import type { ParsedDocument } from '../../src/model/index.js';
import { allSpans } from './all-spans.js';

const load = (path: string) => parse(readFileSync(path, 'utf8'), { path });
const summary = (d: ParsedDocument) =>
  d.events.map((e) => [
    e.kind,
    e.title.text,
    e.date,
    e.time,
    e.place?.text ?? null,
    e.url?.text.replace(/.*news\//, '') ?? null,
  ]);

describe('a weekly post: title line, mixed index markers, separators', () => {
  const doc = load('fixtures/parse/variant-post-index.txt');

  test('title line, events from index + headings', () => {
    expect(doc.title).toBe('Russie/Kremlin – V. Poutine du 4 au 10 juillet 23');
    expect(summary(doc)).toEqual([
      [
        'call',
        'Conversation téléphonique avec le président de la Turquie Recep Tayyip Erdogan',
        '2023-07-04',
        null,
        null,
        null,
      ],
      [
        'meeting',
        'Réunion avec les membres permanents du Conseil de sécurité',
        '2023-07-06',
        '15:20',
        'par vidéoconférence',
        '71590',
      ],
      [
        'meeting',
        'Rencontre avec le directeur de l’agence fédérale des forêts Ivan Sokolov',
        '2023-07-06',
        '16:50',
        'Novo-Ogaryovo, région de Moscou',
        '71592',
      ],
      // "1er juillet" has no year: it takes the document's (2023, from the title line).
      [
        'greeting',
        'Message de félicitations au président de la Mongolie',
        '2023-07-01',
        '12:00',
        null,
        '71560',
      ],
      [
        'meeting',
        'Entretien avec la présidente de la Commission électorale centrale Ella Pamfilova',
        '2023-07-10',
        '11:30',
        'Kremlin-Moscou',
        '71600',
      ],
    ]);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['EVENT_WITHOUT_URL']);
  });

  test('paragraph kinds: separators and PHOTO dropped, numbered items are bullets, "Ordre du jour :" is prose', () => {
    expect(doc.events[1]!.paragraphs.map((p) => p.kind)).toEqual([
      'lead',
      'dateline',
      'turn',
      'body',
      'body',
      'bullet',
      'bullet',
      'url',
    ]);
    const all = doc.events.flatMap((e) => e.paragraphs);
    expect(all.some((p) => /^%+$|^PHOTO|^<\.\.\.>$/.test(p.text))).toBe(false);
  });

  test('speaker turns with a space before the colon, initials, a one-word known speaker', () => {
    const turns = doc.events.flatMap((e) => e.paragraphs).filter((p) => p.kind === 'turn');
    expect(
      turns.map((p) => [p.speaker!.title?.text ?? null, p.speaker!.name.text, p.body!.text.slice(0, 12)]),
    ).toEqual([
      [null, 'V. Poutine', 'Chers collèg'],
      [null, 'Vladimir Poutine', 'Monsieur Sok'],
      [null, 'Ivan Sokolov', 'Monsieur le '],
      [null, 'Poutine', 'Très bien.'],
      [null, 'Vladimir Poutine', 'Madame Pamfi'],
      ['Présidente de la Commission électorale centrale', 'Ella Pamfilova', 'Tout se pass'],
    ]);
  });

  test('place line after a dateline without place', () => {
    const p = doc.events[2]!.paragraphs;
    expect(p.slice(1, 3).map((x) => [x.kind, x.text])).toEqual([
      ['dateline', '6 juillet 2023 16:50'],
      ['place', 'Novo-Ogaryovo, région de Moscou'],
    ]);
  });
});

describe('no index, an event without URL', () => {
  const doc = load('fixtures/parse/variant-no-index.txt');

  test('events come from the headings alone', () => {
    expect(summary(doc)).toEqual([
      [
        'meeting',
        'Rencontre avec le gouverneur de la région de Tver Igor Rudenya',
        '2025-04-14',
        '13:40',
        'Kremlin-Moscou',
        '76700',
      ],
      [
        'call',
        'Conversation téléphonique avec le président du Kazakhstan Kassym-Jomart Tokayev',
        '2025-04-15',
        null,
        null,
        null,
      ],
    ]);
    expect(doc.events[0]!.start).toBe(0);
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({
        code: 'EVENT_WITHOUT_URL',
        severity: 'warning',
        document: 'doc:variant-no-index',
      }),
    ]);
    expect(doc.title).toBe('Kremlin : 2 événements du 14 avril 2025 au 15 avril 2025');
  });

  test('"Le président a rappelé les points suivants : …" is no turn', () => {
    const p = doc.events[0]!.paragraphs.find((x) => x.text.startsWith('Le président a rappelé'));
    expect(p?.kind).toBe('body');
  });
});

describe('encodings and line ends', () => {
  const seed = readFileSync('fixtures/000_3e7985f103b3e583.txt', 'utf8');
  const plain = parse(seed, { path: 'seed.txt' });
  const variants: [string, string][] = [
    ['CRLF', seed.replace(/\n/g, '\r\n')],
    ['BOM', '\uFEFF' + seed],
    ['BOM + CRLF', '\uFEFF' + seed.replace(/\n/g, '\r\n')],
    ['lone CR', seed.replace(/\n/g, '\r')],
    ['broken characters', seed.replace(/é/g, '\uFFFD')],
  ];

  test.each(variants)('%s: same events, every span slices the text', (_, text) => {
    const doc = parse(text, { path: 'seed.txt' });
    for (const s of allSpans(doc)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(doc.events.map((e) => [e.date, e.time, e.url?.text])).toEqual(
      plain.events.map((e) => [e.date, e.time, e.url?.text]),
    );
    expect(doc.events.map((e) => e.paragraphs.length)).toEqual(plain.events.map((e) => e.paragraphs.length));
  });

  test('a BOM shifts every offset by one', () => {
    const doc = parse('\uFEFF' + seed, { path: 'seed.txt' });
    expect(doc.events.map((e) => e.start)).toEqual(plain.events.map((e) => e.start + 1));
  });
});

describe('degenerate input never throws', () => {
  test.each([
    ['empty', ''],
    ['blank lines', '\n\n\r\n'],
    ['prose only', 'Le président a parlé. Il a dit: merci.'],
    ['a lone URL', 'http://en.kremlin.ru/events/president/news/1'],
    ['only gallery markers', '1 sur 3\n2 sur 3\n<…>'],
  ])('%s → NO_EVENT', (_, text) => {
    const doc = parse(text, { path: 'x.txt' });
    expect(doc.events).toEqual([]);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['NO_EVENT']);
  });

  test('an index with no body repeats its entries as events', () => {
    const doc = parse(
      '1°/Rencontre avec X – 10 mars 2025 à 13H40 au Kremlin-Moscou\n2°/Visite à Y – 11 mars 2025',
      { path: 'x.txt' },
    );
    expect(doc.events.map((e) => e.date)).toEqual(['2025-03-10', '2025-03-11']);
  });
});

describe('headings without an index', () => {
  test('a dated line that names no event kind stays prose', () => {
    const text = [
      'Réunion sur les questions économiques – 10 mars 2025',
      'Le président a ouvert la séance.',
      'Bilan de l’année – 31 décembre 2024',
      'Les chiffres ont été présentés.',
      '2. Le budget – 1er janvier 2025',
      'Conversation téléphonique avec le président de la Turquie – 11 mars 2025',
      'Les dirigeants ont parlé.',
    ].join('\n');
    const doc = parse(text, { path: 'x.txt' });
    expect(doc.events.map((e) => [e.kind, e.date])).toEqual([
      ['meeting', '2025-03-10'],
      ['call', '2025-03-11'],
    ]);
    expect(doc.events[0]!.paragraphs.map((p) => p.kind)).toEqual(['lead', 'body', 'body', 'bullet']);
  });
});

describe('isPlaceLine', () => {
  test.each([
    'Territoire de Perm',
    'Région d’Arkhangelsk',
    'Novo-Ogaryovo, région de Moscou',
    'Sotchi',
    'Saint-Pétersbourg',
    'Kremlin, Moscou',
    'Nijni-Novgorod',
  ])('place: %s', (line) => expect(isPlaceLine(line)).toBe(true));
  test.each([
    'Merci beaucoup',
    'Lors de la réunion avec le gouverneur de la région d’Arkhangelsk, Alexander Tsybulsky.',
    'Avec le gouverneur Dmitry Makhonin',
    'Qui comprend',
    'Bonjour',
    'Le président a pris la parole',
    'Vladimir Poutine: Bonjour.',
    'Vladimir Poutine',
  ])('not a place: %s', (line) => expect(isPlaceLine(line)).toBe(false));
});

describe('URL lines', () => {
  test.each([
    ['http://en.kremlin.ru/events/president/news/76428', 'http://en.kremlin.ru/events/president/news/76428'],
    [
      'Source : http://kremlin.ru/events/president/news/76428',
      'http://kremlin.ru/events/president/news/76428',
    ],
    ['<http://en.kremlin.ru/events/president/news/1>', 'http://en.kremlin.ru/events/president/news/1'],
    ['www.kremlin.ru/events/president/news/2', 'www.kremlin.ru/events/president/news/2'],
  ])('%s → %s', (line, url) => {
    const doc = parse(`1°/Rencontre avec X – 10 mars 2025\nTexte.\n${line}\n`, { path: 'x.txt' });
    expect(doc.events[0]!.url?.text).toBe(url);
    expect(doc.events[0]!.paragraphs.at(-1)!.kind).toBe('url');
  });

  test('the kremlin.ru address wins over another link in the event', () => {
    const doc = parse(
      '1°/Rencontre – 10 mars 2025\nhttp://en.kremlin.ru/events/president/news/9\nhttps://t.me/x\n',
      { path: 'x' },
    );
    expect(doc.events[0]!.url?.text).toBe('http://en.kremlin.ru/events/president/news/9');
  });
});

describe('document title', () => {
  const body = '1°/Rencontre avec X – 10 mars 2025\nTexte.\n2°/Visite à Y – 11 mars 2025\nTexte.';
  test.each([
    [
      '0845 – Russie/Kremlin – V. Poutine du 4 au 10 juillet 23\n\n' + body,
      'Russie/Kremlin – V. Poutine du 4 au 10 juillet 23',
    ],
    [
      'Russie/Kremlin – V. Poutine du 10 au 11 mars 25\n' + body,
      'Russie/Kremlin – V. Poutine du 10 au 11 mars 25',
    ],
    [body, 'Kremlin : 2 événements du 10 mars 2025 au 11 mars 2025'],
    ['1°/Rencontre avec X – 10 mars 2025\nTexte.', 'Rencontre avec X'],
    ['Rien de reconnaissable.', 'notes.txt'],
  ])('%#: %s', (text, title) => {
    expect(parse(text, { path: 'dir/notes.txt' }).title).toBe(title);
  });
});

describe('index matching', () => {
  test('two similar unnumbered headings are two events, not an index and its body', () => {
    const text = [
      'Rencontre avec le gouverneur de la région de Tver Igor Rudenya – 14 avril 2025 à 13H40 au Kremlin-Moscou',
      'Le gouverneur a présenté son rapport.',
      'Rencontre avec le gouverneur de la région de Koursk Alexander Khinshtein – 15 avril 2025 à 12H00 au Kremlin-Moscou',
      'Le gouverneur a présenté son rapport.',
    ].join('\n');
    expect(parse(text, { path: 'x' }).events.map((e) => e.date)).toEqual(['2025-04-14', '2025-04-15']);
  });

  test('body headings that repeat only the index titles', () => {
    const text = [
      '1°/Rencontre avec le gouverneur de la région de Tver – 14 avril 2025 à 13H40 au Kremlin-Moscou',
      '2°/Conversation téléphonique avec le président de la Turquie – 15 avril 2025',
      '',
      'Rencontre avec le gouverneur de la région de Tver',
      'Le gouverneur a présenté son rapport.',
      '2°/Conversation téléphonique avec le président de la Turquie',
      'Les dirigeants ont parlé.',
    ].join('\n');
    const doc = parse(text, { path: 'x' });
    expect(
      doc.events.map((e) => [e.title.text, e.date, e.time, e.place?.text ?? null, e.paragraphs.length]),
    ).toEqual([
      ['Rencontre avec le gouverneur de la région de Tver', '2025-04-14', '13:40', 'Kremlin-Moscou', 1],
      ['Conversation téléphonique avec le président de la Turquie', '2025-04-15', null, null, 1],
    ]);
    // Date, time and place come from the index entry, whose span they keep.
    expect(doc.events[0]!.place!.start).toBeLessThan(doc.events[0]!.start);
  });

  test('an index entry without a body heading is reported and kept, in index order, with no body', () => {
    const text =
      '1°/Rencontre avec X – 10 mars 2025\n2°/Visite à Y – 11 mars 2025 à 10H00 – Kremlin-Moscou\n3°/Réunion avec Z – 12 mars 2025\n\n1°/Rencontre avec X – 10 mars 2025\nTexte.\n3°/Réunion avec Z – 12 mars 2025\nAutre texte.';
    const doc = parse(text, { path: 'x' });
    expect(doc.events.map((e) => [e.index, e.title.text, e.date, e.time, e.place?.text ?? null])).toEqual([
      [1, 'Rencontre avec X', '2025-03-10', null, null],
      [2, 'Visite à Y', '2025-03-11', '10:00', 'Kremlin-Moscou'],
      [3, 'Réunion avec Z', '2025-03-12', null, null],
    ]);
    expect(doc.events[1]!.paragraphs).toEqual([]);
    expect(doc.events[0]!.paragraphs.map((p) => p.text)).toEqual(['Texte.']);
    expect(doc.diagnostics.map((d) => d.code)).toContain('INDEX_ENTRY_WITHOUT_BODY');
  });

  test('an index entry spelt too differently from its "N°/" body heading is one event', () => {
    const text =
      '1°/Rencontre avec X – 10 mars 2025\n2°/Visite à Y – 11 mars 2025\n\n1°/Rencontre avec X – 10 mars 2025\nTexte.\n2°/Déplacement dans la ville de Zeta – 11 mars 2025\nAutre texte.';
    const doc = parse(text, { path: 'x' });
    expect(doc.events.map((e) => [e.title.text, e.paragraphs.length])).toEqual([
      ['Rencontre avec X', 1],
      ['Déplacement dans la ville de Zeta', 1],
    ]);
  });
});
