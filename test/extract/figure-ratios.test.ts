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
