import { describe, expect, test } from 'vitest';
import {
  parseDigits,
  parseFrenchNumber,
  parseNumberWords,
} from '../../src/extract/finders/figures/french-numbers.js';

describe('parseDigits', () => {
  test.each([
    ['300.000', 300000],
    ['1 100', 1100],
    ['2 000', 2000],
    ['1\u202f300', 1300],
    ['8,2', 8.2],
    ['108,5', 108.5],
    ['5,7', 5.7],
    ['4.200', 4200],
    ['12.000', 12000],
    ['1.234.567,5', 1234567.5],
    ['2024', 2024],
  ])('%s → %d', (raw, value) => expect(parseDigits(raw)).toBe(value));

  test.each(['20.09.2021', '13H40', 'abc', ''])('%s is no number', (raw) =>
    expect(parseDigits(raw)).toBeNull(),
  );
});

describe('parseNumberWords', () => {
  test.each([
    ['dix', 10],
    ['six', 6],
    ['vingt et un', 21],
    ['vingt-cinq', 25],
    ['soixante-dix', 70],
    ['quatre-vingts', 80],
    ['quatre-vingt-dix', 90],
    ['cent', 100],
    ['deux cents', 200],
    ['trois cent cinquante', 350],
    ['mille', 1000],
    ['trois mille deux cents', 3200],
  ])('%s → %d', (raw, value) => expect(parseNumberWords(raw)).toBe(value));

  test('a word that is no number', () => expect(parseNumberWords('navires')).toBeNull());
});

describe('parseFrenchNumber', () => {
  test.each([
    ['8,2 millions', 8_200_000],
    ['six millions', 6_000_000],
    ['834 milliards', 834_000_000_000],
    ['4,5 milliards', 4_500_000_000],
    ['un million', 1_000_000],
    ['1 100', 1100],
  ])('%s → %d', (raw, value) => expect(parseFrenchNumber(raw)).toBe(value));
});
