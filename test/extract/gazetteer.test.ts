import { describe, expect, test } from 'vitest';
import russia from '../../src/extract/lexicons/regions-russia.json' with { type: 'json' };
import countries from '../../src/extract/lexicons/countries.json' with { type: 'json' };
import {
  createGazetteer,
  foldFast,
  type GazetteerEntry,
} from '../../src/extract/finders/places/gazetteer.js';
import { nearestEntry } from '../../src/extract/finders/places/gazetteer-fuzzy.js';
import {
  containersOf,
  countryOfAdjective,
  lexiconGazetteer,
} from '../../src/extract/finders/places/gazetteer-lexicon.js';
import { foldForSearch } from '../../src/extract/core/normalize-name.js';

const entry = (canonical: string): GazetteerEntry => ({
  type: 'Region',
  canonical,
  properties: { kind: 'city' },
});

describe('createGazetteer', () => {
  const g = createGazetteer([
    ['Moscou', entry('Moscou')],
    ['région de Moscou', entry('Région de Moscou')],
    ['Komi-Permyak', entry('Komi')],
    ['ONU', entry('ONU')],
  ]);
  const found = (text: string) => g.match(text).map((m) => [text.slice(m.start, m.end), m.entry.canonical]);

  test.each([
    ['à Novo-Ogaryovo, région de Moscou', [['région de Moscou', 'Région de Moscou']]],
    ['la Région De MOSCOU', [['Région De MOSCOU', 'Région de Moscou']]],
    ['au Kremlin-Moscou', [['Moscou', 'Moscou']]],
    ['le district de Komi Permyak', [['Komi Permyak', 'Komi']]],
    ['à l’ONU et à l’OCS', [['ONU', 'ONU']]],
    // case rules: an all-capitals form needs capitals, a capitalised one a capital
    ['ils ont dit', []],
    ['moscou', []],
    // a line break or a comma ends a name
    ['région de\nMoscou', [['Moscou', 'Moscou']]],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  test('offsets survive accents and surrogate pairs', () => {
    const text = '𝒳 Éé région de Moscou';
    const [m] = g.match(text);
    expect(text.slice(m!.start, m!.end)).toBe('région de Moscou');
  });

  test('foldFast equals foldForSearch', () => {
    const s = 'Biélorussie, ÉTATS-UNIS, Zaporijjia’s 𝒳 Œuvre ß';
    expect(foldFast(s)).toBe(foldForSearch(s));
  });
});

describe('lexicons', () => {
  const g = lexiconGazetteer();
  const canonical = (phrase: string) => g.lookup(phrase)?.canonical;

  test('89 federal subjects, every canonical name resolves to itself', () => {
    expect(russia.subjects).toHaveLength(89);
    for (const s of russia.subjects) expect(canonical(s.canonical), s.canonical).toBe(s.canonical);
  });

  test('every country canonical and form resolves to that country', () => {
    for (const c of countries.countries) for (const f of c.forms) expect(canonical(f), f).toBe(c.canonical);
  });

  test.each([
    ['région de Kursk', 'Région de Koursk'],
    ['région du Kursk', 'Région de Koursk'],
    ['Kursk Region', 'Région de Koursk'],
    ['oblast de Koursk', 'Région de Koursk'],
    ['territoire perm', 'Territoire de Perm'],
    ['Perm Territory', 'Territoire de Perm'],
    ['Krasnodar Krai', 'Territoire de Krasnodar'],
    ['région de Zaporijia', 'Région de Zaporojie'],
    ['Zaporizhzhia', 'Région de Zaporojie'],
    ['région d’Arkhanguelsk', 'Région d’Arkhangelsk'],
    ['Nijni Novgorod', 'Nijni Novgorod'],
    ['région de Nizhny Novgorod', 'Région de Nijni Novgorod'],
    ['République du Tatarstan', 'République du Tatarstan'],
    ['Tatarstan', 'République du Tatarstan'],
    ['Tchétchénie', 'République tchétchène'],
    ['République populaire de Lougansk', 'République populaire de Lugansk'],
    ['LPR', 'République populaire de Lugansk'],
    ['District autonome de Khanty-Mansi', 'District autonome de Khanty-Mansi'],
    ['Yamalo-Nenets Autonomous Okrug', 'District autonome de Iamalo-Nénétsie'],
    ['district fédéral de Volga', 'District fédéral de la Volga'],
    ['district fédéral du Caucase du Nord', 'District fédéral du Caucase du Nord'],
    ['Biélorussie', 'République du Bélarus'],
    ['Belorussie', 'République du Bélarus'],
    ['Bélarus', 'République du Bélarus'],
    ['République de Biélorussie', 'République du Bélarus'],
    ['Amérique', 'États-Unis'],
    ['Grande-Bretagne', 'Royaume-Uni'],
    ['Chine', 'République populaire de Chine'],
    ['Moscou', 'Moscou'],
    ['Saint Petersburg', 'Saint-Pétersbourg'],
    ['Kiev', 'Kiev'],
    ['région de Sumy', 'Région de Soumy'],
    ['Ria Novosti', 'RIA Novosti'],
    ['Russian Railways', 'chemins de fer russes'],
    ['OTSC', 'Organisation du traité de sécurité collective'],
    ['EAEU', 'Union économique eurasienne'],
    ['Union State', 'État de l’Union'],
    ['Douma d’État', 'Douma d’État'],
  ])('%s → %s', (phrase, expected) => expect(canonical(phrase)).toBe(expected));

  test.each(['biélorusse', 'russes', 'ukrainiennes', 'chine', 'ont', 'En'])('%s is no mention', (word) =>
    expect(g.match(`Les ${word} disent`).length).toBe(0),
  );

  test('lexicons state containment', () => {
    expect(containersOf('Melitopol')).toContain('Région de Zaporojie');
    expect(containersOf('Territoire de Perm')).toContain('District fédéral de la Volga');
    expect(containersOf('district de Komi-Permyak')).toContain('Territoire de Perm');
    expect(containersOf('Kremlin')).toContain('Moscou');
  });

  test('adjectives name their country', () => {
    expect(countryOfAdjective('biélorusses')?.canonical).toBe('République du Bélarus');
    expect(countryOfAdjective('ukrainienne')?.canonical).toBe('Ukraine');
  });

  test.each([
    ['Ualkali', 'Uralkali'],
    ['Severodonetk', 'Severodonetsk'],
    ['Biélorusse', undefined], // an adjective, not a typo
    ['Poutine', undefined],
    ['Algérien', undefined], // a demonym
    ['Tunisien', undefined],
  ])('typo %s → %s', (word, expected) => expect(nearestEntry(word)?.canonical).toBe(expected));
});
