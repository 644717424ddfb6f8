import { describe, expect, test } from 'vitest';
import { findJournalist } from '../../src/parse/journalists.js';

const read = (text: string, speaker?: string) => {
  const j = findJournalist(text, speaker);
  return (
    j && [
      text.slice(j.name.start, j.name.end),
      j.outlet ? text.slice(j.outlet.start, j.outlet.end) : undefined,
    ]
  );
};

describe('findJournalist', () => {
  test.each([
    // The seed's three self-introductions (the turn bodies, with the speaker).
    ['Bonjour…. Ilya Yezhov, Ria Novosti.', 'Ilya Yezhov', ['Ilya Yezhov', 'Ria Novosti']],
    [
      'Bonsoir. Je suis Anna Pyzh de la chaîne de télévision ONT. J’ai une question',
      'Anna Pyzh',
      ['Anna Pyzh', 'la chaîne de télévision ONT'],
    ],
    [
      'Bonjour. Natalya Breus, la première chaîne d’information, le Bélarus.',
      'Natalya Breus',
      ['Natalya Breus', 'la première chaîne d’information'],
    ],
    // Variants.
    [
      'Bonjour, Ivan Sergueïev, agence Interfax. Ma question…',
      'Ivan Sergueïev',
      ['Ivan Sergueïev', 'agence Interfax'],
    ],
    [
      'Olga Petrova: Bonsoir, Olga Petrova, chaîne Zvezda. Une question aux deux présidents?',
      'Olga Petrova',
      ['Olga Petrova', 'chaîne Zvezda'],
    ],
    ['Je m’appelle Olga Ivanova, de l’agence TASS. Merci.', undefined, ['Olga Ivanova', 'l’agence TASS']],
    [
      'Question : Pavel Zarubin, chaîne de télévision Rossiya 1. Quand ?',
      undefined,
      ['Pavel Zarubin', 'chaîne de télévision Rossiya 1'],
    ],
    [
      'Bonjour. Ivan Petrov, journaliste du quotidien Izvestia.',
      undefined,
      ['Ivan Petrov', 'quotidien Izvestia'],
    ],
    ['Maria Smirnova (RT). Ma question porte sur le gaz.', undefined, ['Maria Smirnova', 'RT']],
    ['Bonjour, je suis Elena Popova.', undefined, ['Elena Popova', undefined]],
  ])('%s', (text, speaker, expected) => {
    expect(read(text, speaker)).toEqual(expected);
  });

  test.each([
    'Vladimir Poutine, président de la Russie, a reçu le gouverneur.',
    'Ivan Petrov, directeur de l’agence fédérale des forêts, a présenté son rapport.',
    'Alexander Tsybulsky a mentionné un autre secteur – Forestry.',
    'Mr. Lukashenko, Mr. Poutine, ma question concerne la normalisation des relations.',
    'Dmitry Makhonin, gouverneur du territoire de Perm.',
    'Je suis convaincu que la visite sera productive.',
  ])('no journalist in: %s', (text) => {
    expect(read(text)).toBeNull();
  });
});
