import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';

// No index, "N. Title" headings without a date; the date, time and place come from the dateline below.
const TEXT = [
  '1. Réunion avec le gouverneur du territoire du Primorié Oleg Kozhemyako',
  'Vladimir Poutine a tenu une réunion de travail avec le gouverneur.',
  '20.09.2021 – 14h00 – Novo-Ogaryovo, région de Moscou',
  'Le gouverneur a noté une hausse de 6,4%.',
  '1. Renforcer la coopération régionale.',
  '2. Conversation téléphonique avec le Premier ministre de l’Inde Narendra Modi',
  '21.09.2021',
  'Les dirigeants ont discuté de la coopération.',
].join('\r\n');

describe('numbered headings without a date', () => {
  const doc = parse(TEXT, { path: 'undated.txt' });

  it('opens one event per numbered event-kind title, dated from the dateline', () => {
    expect(doc.events.map((e) => [e.kind, e.date, e.time])).toEqual([
      ['meeting', '2021-09-20', '14:00'],
      ['call', '2021-09-21', null],
    ]);
    expect(doc.events[0]!.place?.text).toBe('Novo-Ogaryovo, région de Moscou');
  });

  it('keeps a numbered sentence in the body as prose', () => {
    const bodies = doc.events[0]!.paragraphs.map((p) => p.text);
    expect(bodies).toContain('1. Renforcer la coopération régionale.');
  });
});
