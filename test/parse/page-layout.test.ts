import { describe, expect, test } from 'vitest';
import { parse } from '../../src/parse/index.js';

// One kremlin.ru page saved as text (or read from its HTML): no index, no "Title – date" heading; the
// title alone on a line, the date line below it, then the paragraphs.
const TITLE = 'Rencontre avec le président de la République du Tatarstan Rustam Minnikhanov';
const DATELINE = '1 avril 2025 à 15H10 au Kremlin-Moscou';
const LEAD = 'Le chef de la République a informé le président de la situation de la région.';
const BODY =
  'Rustam Minnikhanov a rapporté que le produit régional brut a atteint 4 100 milliards de roubles.';
const URL = 'http://en.kremlin.ru/events/president/news/76590';
const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('a single page: title line, date line, paragraphs', () => {
  test('opens one event titled by the title line, dated, timed and placed by the date line', () => {
    const doc = parse(lines(TITLE, DATELINE, LEAD, BODY, URL), { path: 'page.txt' });
    expect(doc.diagnostics).toEqual([]);
    expect(doc.title).toBe(TITLE);
    expect(doc.events.map((e) => [e.title.text, e.kind, e.date, e.time, e.place?.text, e.url?.text])).toEqual(
      [[TITLE, 'meeting', '2025-04-01', '15:10', 'Kremlin-Moscou', URL]],
    );
    expect(doc.events[0]!.paragraphs.map((p) => p.kind)).toEqual(['dateline', 'lead', 'body', 'url']);
  });

  test.each([
    ['the lead between title and date line', [TITLE, LEAD, DATELINE, BODY, URL]],
    ['a breadcrumb above the title', ['Accueil / Événements / Nouvelles', TITLE, DATELINE, BODY, URL]],
    ['a title of no known kind, its date line timed', ['Le Tatarstan et ses entreprises', DATELINE, BODY]],
  ])('also with %s', (_, text) => {
    const doc = parse(lines(...text), { path: 'page.txt' });
    expect(doc.events.map((e) => [e.date, e.time])).toEqual([['2025-04-01', '15:10']]);
  });

  test.each([
    ['prose above a date line', ['Le président a reçu le chef de la République.', DATELINE, BODY]],
    ['a title with no date line near it', [TITLE, LEAD, BODY, BODY, DATELINE]],
    [
      'a title of no known kind, its date line bare',
      ['Le Tatarstan et ses entreprises', '1 avril 2025', BODY],
    ],
  ])('opens no event for %s', (_, text) => {
    const doc = parse(lines(...text), { path: 'page.txt' });
    expect(doc.events).toEqual([]);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['NO_EVENT']);
  });

  test('a compilation heading still wins: the page rule is only asked when no heading opened an event', () => {
    const heading = `${TITLE} – ${DATELINE}`;
    const doc = parse(lines('Bilan de la semaine', '2 avril 2025 à 10H00 au Kremlin-Moscou', heading, BODY), {
      path: 'page.txt',
    });
    expect(doc.events.map((e) => e.heading.text)).toEqual([heading]);
  });
});
