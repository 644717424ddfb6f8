import { describe, expect, it } from 'vitest';
import { findTheatreNames } from '../../src/extract/finders/units/unit-theatre-names.js';
import { unitsDoc } from './support/units-doc.js';

const names = (line: string) => findTheatreNames(unitsDoc(`### e\n${line}`)).map((c) => c.name);

describe('findTheatreNames', () => {
  it.each([
    ['Les troupes avancent en direction de Staraïa Kroutovka.', ['Staraïa Kroutovka']],
    ['La brigade repousse les attaques près de Iablonovka.', ['Iablonovka']],
    ['Les combats de nos unités se poursuivent aux abords de Golubovo.', ['Golubovo']],
    // the first two places of a list are the places finder's; the rest are read here
    [
      'Les unités ont libéré les localités de Sadki, Lipovoïé, Kamenka et de Zorino.',
      ['Lipovoïé', 'Kamenka', 'Zorino'],
    ],
    ['Les troupes ont libéré Sadki, Lipovoïé et Zorino.', ['Sadki', 'Lipovoïé', 'Zorino']],
    ['Les unités ont pris le contrôle de Sadki et de Zorino.', ['Sadki', 'Zorino']],
    ['Le tribunal a libéré Ivanov sous caution.', []],
    // a sentence that tells no combat, and a place a lexicon knows, give nothing
    ['Le gouverneur a visité une école près de Iablonovka.', []],
    ['Les troupes avancent en direction de Koursk.', []],
    ['Les troupes avancent en direction de La Haye.', []],
  ])('%s', (line, expected) => {
    expect(names(line)).toEqual(expected);
  });
});
