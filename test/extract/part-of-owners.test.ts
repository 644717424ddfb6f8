import { describe, expect, test } from 'vitest';
import type { ParsedDocument } from '../../src/model/index.js';
import { findOrganizations } from '../../src/extract/finders/organizations/organizations.js';
import { findPartOf } from '../../src/extract/finders/places/part-of-regions.js';
import { findRegions } from '../../src/extract/finders/places/regions.js';
import { regionsDoc } from './support/regions-doc.js';

function partOf(doc: ParsedDocument): string[] {
  const found = [...findRegions(doc), ...findOrganizations(doc)];
  return findPartOf(doc, found).map((r) =>
    'candidate' in r.source && 'candidate' in r.target
      ? `${r.source.candidate.name} → ${r.target.candidate.name}`
      : '',
  );
}

const council = (sentence: string) =>
  regionsDoc([{ title: 'Réunion du Conseil de sécurité', body: [sentence] }]);

describe('findPartOf: a body and its owner', () => {
  test.each([
    // An acronym apposed between dashes or brackets does not hide the owner.
    [
      'The Kazan Helicopter Plant – KVZ –, filiale de Rostec, a livré douze appareils.',
      ['Kazan Helicopter Plant → Rostec'],
    ],
    [
      'The Kazan Helicopter Plant (KVZ), filiale de Rostec, a livré douze appareils.',
      ['Kazan Helicopter Plant → Rostec'],
    ],
    // A body named after the company that owns it.
    ['Le Centre de formation de Rosatom a ouvert ses portes.', ['Centre de formation → Rosatom']],
    // A body named after another body the text names: it belongs to it.
    [
      'L’État de l’Union a 25 ans ; le Conseil suprême de l’État de l’Union se réunira en décembre.',
      ['Conseil suprême de l’État de l’Union → État de l’Union'],
    ],
  ])('%s', (sentence, expected) => expect(partOf(council(sentence))).toEqual(expected));
});

describe('findPartOf: the region an event is about', () => {
  test('a heading that ends with the place line "Kremlin-Moscou" is not about Moscou', () => {
    const title = 'Réunion sur la situation dans la zone de l’opération militaire spéciale';
    const doc = regionsDoc([
      { title: `${title} – Kremlin-Moscou`, body: ['Le 1er bataillon a libéré le village de Zolotovka.'] },
    ]);
    const ev = doc.events[0]!;
    const placeStart = ev.heading.end - 'Kremlin-Moscou'.length;
    ev.title = { start: ev.title.start, end: ev.title.start + title.length, text: title };
    ev.place = { start: placeStart, end: ev.heading.end, text: 'Kremlin-Moscou' };
    expect(partOf(doc).filter((p) => p.startsWith('Zolotovka'))).toEqual([]);
  });
});
