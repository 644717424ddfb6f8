import { describe, expect, test } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { parseHeading } from '../../src/parse/headings.js';

const events = (text: string) =>
  parse(text, { path: 'x.txt' }).events.map((e) => [
    e.title.text,
    e.date,
    e.time,
    e.place?.text ?? null,
    e.url?.text ?? null,
  ]);

describe('headings without number nor date, the date on a line below', () => {
  test('a bullet index repeated as bare titles: each title opens its event, the index is no event', () => {
    const text = [
      'Activités du président – semaine du 3 mars 2025',
      '',
      '• Rencontre avec le gouverneur de la région de Tver Igor Roudenia – 3 mars 2025 à 12H00 – Kremlin-Moscou',
      '• Conversation téléphonique avec le président du Chili Gabriel Boric — 4 mars 2025 à 18h20 — Kremlin-Moscou',
      '',
      '%%%%%%%%%%%%%%%%',
      'Rencontre avec le gouverneur de la région de Tver Igor Roudenia',
      '3 mars 2025 à 12H00 – Kremlin-Moscou',
      'Le gouverneur a présenté un rapport.',
      'http://en.kremlin.ru/events/president/news/70001',
      '%%%%%%%%%%%%%%%%',
      '• Conversation téléphonique avec le président du Chili Gabriel Boric',
      'Les deux dirigeants ont parlé du commerce.',
      '4 mars 2025 à 18h20 — Kremlin-Moscou',
      'http://en.kremlin.ru/events/president/news/70002',
    ].join('\n');
    expect(events(text)).toEqual([
      [
        'Rencontre avec le gouverneur de la région de Tver Igor Roudenia',
        '2025-03-03',
        '12:00',
        'Kremlin-Moscou',
        'http://en.kremlin.ru/events/president/news/70001',
      ],
      [
        'Conversation téléphonique avec le président du Chili Gabriel Boric',
        '2025-03-04',
        '18:20',
        'Kremlin-Moscou',
        'http://en.kremlin.ru/events/president/news/70002',
      ],
    ]);
  });

  test('no index, "— Title" headings each above a date line: one event each, the dash left out', () => {
    const text = [
      '— Réunion sur les questions de transport',
      '',
      '5 mars 2025 — 11h00 — vidéoconférence',
      'Le président a tenu une réunion.',
      'http://en.kremlin.ru/events/president/news/70010',
      '',
      '— Entretien avec le président de la Mauritanie Mohamed Ould Ghazouani',
      'Le président a reçu son homologue.',
      '6 mars 2025 — 15 h 20 — Kremlin, Moscou',
      'Les deux présidents ont évoqué la pêche.',
      'http://en.kremlin.ru/events/president/news/70011',
    ].join('\r\n');
    expect(events(text)).toEqual([
      [
        'Réunion sur les questions de transport',
        '2025-03-05',
        '11:00',
        'vidéoconférence',
        'http://en.kremlin.ru/events/president/news/70010',
      ],
      [
        'Entretien avec le président de la Mauritanie Mohamed Ould Ghazouani',
        '2025-03-06',
        '15:20',
        'Kremlin, Moscou',
        'http://en.kremlin.ru/events/president/news/70011',
      ],
    ]);
  });

  test('a line of prose after an event, above a date line, opens no event', () => {
    const text = [
      'Rencontre avec le ministre des Finances',
      '7 mars 2025 à 10H00 au Kremlin-Moscou',
      'Le ministre a présenté le budget.',
      'Les prévisions pour la fin du mois',
      '8 mars 2025, le budget sera adopté.',
    ].join('\n');
    expect(events(text).map((e) => e[0])).toEqual(['Rencontre avec le ministre des Finances']);
  });
});

describe('an event’s URL is a page', () => {
  test.each([
    [
      'a photo after the page',
      [
        'http://en.kremlin.ru/events/president/news/70020',
        'http://static.kremlin.ru/media/events/photos/big/abc123.jpeg',
      ],
      'http://en.kremlin.ru/events/president/news/70020',
    ],
    [
      'a gallery page after the page',
      [
        'http://en.kremlin.ru/events/president/news/70020',
        'http://en.kremlin.ru/events/president/news/70020/photos',
      ],
      'http://en.kremlin.ru/events/president/news/70020',
    ],
    [
      'an image on another site',
      ['Source : http://en.kremlin.ru/events/president/news/70021', 'https://example.org/pic.png'],
      'http://en.kremlin.ru/events/president/news/70021',
    ],
    ['only a photo', ['http://static.kremlin.ru/media/events/photos/big/abc123.jpg'], null],
  ])('%s', (_, urls, expected) => {
    const text = [
      '1°/Rencontre avec X – 10 mars 2025 à 13H40 au Kremlin-Moscou',
      'Le président a rencontré X.',
      ...urls,
    ].join('\n');
    expect(parse(text, { path: 'x.txt' }).events[0]!.url?.text ?? null).toBe(expected);
  });
});

describe('a title keeps no index number', () => {
  test.each([
    '1°- Rencontre avec X – 10 mars 2025',
    '1°) Rencontre avec X – 10 mars 2025',
    '1°. Rencontre avec X – 10 mars 2025',
    '1- Rencontre avec X – 10 mars 2025',
    '1.- Rencontre avec X – 10 mars 2025',
    '1: Rencontre avec X – 10 mars 2025',
    '(1) Rencontre avec X – 10 mars 2025',
    'N°1 Rencontre avec X – 10 mars 2025',
    '• 1. Rencontre avec X – 10 mars 2025',
  ])('%s', (line) => {
    const h = parseHeading(line, 2025)!;
    expect([line.slice(h.title.start, h.title.end), h.number]).toEqual(['Rencontre avec X', 1]);
  });

  test('"10:30 …" and "20.09.2021 …" are no numbers', () => {
    expect(parseHeading('10:30 Rencontre avec X – 10 mars 2025', 2025)?.number ?? null).toBeNull();
    expect(parseHeading('20.09.2021 – Rencontre avec X', 2025)?.number ?? null).toBeNull();
  });
});
