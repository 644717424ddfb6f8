import { describe, expect, test } from 'vitest';
import { findFigures } from '../../src/extract/finders/figures/figures.js';
import { figuresDoc } from './support/figures-doc.js';

const figuresOf = (sentence: string) =>
  findFigures(figuresDoc([{ title: 'Réunion', paragraphs: [sentence] }]), []).candidates.map((c) => [
    c.name,
    c.properties!.value,
    c.properties!.unit,
    c.properties!.direction,
  ]);

describe('ratios: unit "fois"', () => {
  test.each([
    ['Le trafic du port a augmenté de 3,2 fois en cinq ans.', ['3,2 fois', 3.2, 'fois', 'increase']],
    ['Les ventes ont progressé 1,6 fois par rapport à 2022.', ['1,6 fois', 1.6, 'fois', 'increase']],
    [
      'Les livraisons ont été multipliées par 2,4 depuis janvier.',
      ['multipliées par 2,4', 2.4, 'fois', 'increase'],
    ],
    ['Le nombre de visiteurs est quatre fois plus élevé.', ['quatre fois', 4, 'fois', 'increase']],
    ['Les pertes sont trois fois moins importantes.', ['trois fois', 3, 'fois', 'decrease']],
  ])('%s', (sentence, expected) => expect(figuresOf(sentence)).toContainEqual(expected));

  test.each([
    'La commission se réunit deux fois par an.',
    'Je le répète encore une fois.',
    'Les navires passent trois fois par semaine.',
  ])('no ratio in "%s"', (sentence) => expect(figuresOf(sentence)).toEqual([]));
});

describe('durations and compound units', () => {
  test.each([
    ['La durée moyenne des études a augmenté de 1,5 an en dix ans.', ['1,5 an', 1.5, 'an']],
    ['La construction du pont prendra quatre ans.', ['quatre ans', 4, 'an']],
    ['L’usine a livré 2 300 wagons-citernes cette année.', ['2 300 wagons-citernes', 2300, 'wagon-citerne']],
  ])('%s', (sentence, expected) =>
    expect(figuresOf(sentence).map((f) => f.slice(0, 3))).toContainEqual(expected),
  );

  test.each(['Le pont sera achevé en quatre ans.', 'Depuis trois ans, la ville se transforme.'])(
    'no duration in "%s"',
    (sentence) => expect(figuresOf(sentence)).toEqual([]),
  );
});
