import { describe, expect, test } from 'vitest';
import { findFigures } from '../../src/extract/finders/figures/figures.js';
import { figuresDoc } from './support/figures-doc.js';

const read = (sentence: string) => {
  const doc = figuresDoc([{ title: 'Rencontre avec le gouverneur', paragraphs: [sentence] }]);
  return findFigures(doc, []).candidates.map((c) => {
    const p = c.properties!;
    return [p.value, p.unit, p.raw, ...(p.value_max !== undefined ? [p.value_max] : [])];
  });
};

describe('figures: formats that state a quantity', () => {
  test.each<[string, unknown[][]]>([
    ['Le territoire abrite 300.000 familles avec enfants.', [[300000, 'famille', '300.000 familles']]],
    ['Il dure près de 2 000 kilomètres de long.', [[2000, 'km', 'près de 2 000 kilomètres']]],
    [
      'La région a libéré plus de 1 100 kilomètres carrés.',
      [[1100, 'km²', 'plus de 1 100 kilomètres carrés']],
    ],
    ['Au total, 8,2 millions de m² de logements ont été livrés.', [[8200000, 'm²', '8,2 millions de m²']]],
    ['Les échanges ont augmenté de 5,7%.', [[5.7, '%', '5,7%']]],
    ['La mortalité a baissé de plus de dix pour cent.', [[10, '%', 'plus de dix pour cent']]],
    ['Six projets d’investissement sont en cours.', [[6, 'projet', 'Six projets']]],
    ['La société a commandé quatre navires de passagers.', [[4, 'navire', 'quatre navires']]],
    [
      'Nous avons 25 écoles, et 12 autres seront construites.',
      [
        [25, 'école', '25 écoles'],
        [12, 'école', '12'],
      ],
    ],
    [
      'Les recettes sont passées de 40 milliards à 61 à 62 milliards.',
      [
        [40e9, 'RUB', '40 milliards'],
        [61e9, 'RUB', '61 à 62 milliards', 62e9],
      ],
    ],
    [
      'Le PIB a progressé, entre 310 et 455 milliards de roubles.',
      [
        [310e9, 'RUB', '310'],
        [455e9, 'RUB', '455 milliards de roubles'],
      ],
    ],
    [
      'Le commerce atteint 3,2 milliards de dollars, et un peu plus de 3 milliards selon nos chiffres.',
      [
        [3.2e9, 'USD', '3,2 milliards de dollars'],
        [3e9, 'USD', 'un peu plus de 3 milliards'],
      ],
    ],
    [
      'Près d’un million de personnes utilisent le ferry.',
      [[1000000, 'personne', 'Près d’un million de personnes']],
    ],
    [
      'La coupe a augmenté de deux millions de mètres cubes.',
      [[2000000, 'm³', 'deux millions de mètres cubes']],
    ],
    ['Il n’y a qu’un seul hôpital dans le district.', [[1, 'hôpital', 'un seul hôpital']]],
    ['Nous avons détruit 120 réservoirs ennemis.', [[120, 'char', '120 réservoirs']]],
    ['Une trêve pendant au moins 15 jours est proposée.', [[15, 'jour', 'au moins 15 jours']]],
    [
      'En 2021, 90 bus ont été achetés, et en 2024, 210.',
      [
        [90, 'bus', '90 bus'],
        [210, 'bus', '210'],
      ],
    ],
    [
      'Le port a accueilli 14 escales, jusqu’à 25 prévues cette année.',
      [
        [14, 'escale', '14 escales'],
        [25, 'escale', 'jusqu’à 25 prévues'],
      ],
    ],
    [
      'L’investissement a atteint 45 milliards d’investissements privés.',
      [[45e9, 'RUB', '45 milliards d’investissements']],
    ],
    [
      'Les exportations vers l’Inde représentent 2,5 milliards d’euros.',
      [[2.5e9, 'EUR', '2,5 milliards d’euros']],
    ],
    ['Plus de 80 pays ont envoyé des délégations.', [[80, 'pays', 'Plus de 80 pays']]],
    ['Une quinzaine de pays ont exprimé leur intérêt.', [[15, 'pays', 'Une quinzaine de pays']]],
    [
      'Le port a une capacité de 3,5 millions de tonnes par an.',
      [[3500000, 'tonne', '3,5 millions de tonnes']],
    ],
    [
      'Nous allons consacrer 600 millions d’euros à ces projets.',
      [[600000000, 'EUR', '600 millions d’euros']],
    ],
    ['Au total, 5 000 hectares ont été remis en culture.', [[5000, 'hectare', '5 000 hectares']]],
    [
      'La centrale comptera six réacteurs de 55 mégawatts chacun.',
      [
        [6, 'réacteur', 'six réacteurs'],
        [55, 'mégawatt', '55 mégawatts'],
      ],
    ],
    ['Le volume du fret devrait augmenter d’au moins un tiers.', [[33.3333333333, '%', 'au moins un tiers']]],
    ['Le commerce a augmenté d’un quart.', [[25, '%', 'un quart']]],
    [
      'Au total, 1 350 maisons sont inondées dans 14 localités.',
      [
        [1350, 'maison', '1 350 maisons'],
        [14, 'localité', '14 localités'],
      ],
    ],
    [
      'L’exercice a eu lieu sur neuf polygones en Russie et cinq au Bélarus.',
      [
        [9, 'polygone', 'neuf polygones'],
        [5, 'polygone', 'cinq'],
      ],
    ],
  ])('%s', (sentence, expected) => expect(read(sentence)).toEqual(expected));
});

describe('figures: numbers that are not figures', () => {
  test.each([
    'Cette année marque le 100e anniversaire du district.',
    'En 2003, le district est devenu une partie de la région.',
    'La 76e division et la 810th Marine Brigade ont avancé.',
    'La réunion a eu lieu le 9 mai à 19h00.',
    'Le document a été signé le 20.09.2021 à 15 h 20.',
    'Il a parlé du développement au cours des cinq dernières années.',
    'Pour la première fois en 30 ans, le chantier a reçu une commande.',
    'Ils sortent en petits groupes de deux ou trois hommes.',
    'Il y restera, à cent pour cent.',
    'Nos deux pays et nos deux nations sont proches.',
    'Le plan 2024-2026 et les années 1970-1980 ont été évoqués.',
    'Selon l’article 5 du traité, les parties se consultent.',
    'Il n’y aura que deux options: abandonner ou mourir.',
    'Les systèmes S-400 et le format G20 ont été discutés.',
    'Une semaine ou deux suffiront.',
    'Dans les 24 premières heures, le feu est éteint.',
  ])('%s', (sentence) => expect(read(sentence)).toEqual([]));
});

describe('figure properties', () => {
  const props = (sentence: string) => {
    const doc = figuresDoc([{ title: 'Rencontre', paragraphs: [sentence] }]);
    return findFigures(doc, []).candidates.map((c) => c.properties!);
  };

  test.each<[string, string[]]>([
    ['Le produit régional brut a augmenté de 12% en 2024.', ['increase']],
    ['La mortalité routière a chuté de plus de 20% depuis 2020.', ['decrease']],
    [
      'Cela a permis de réduire la mortalité par cancer de 8% et la mortalité infantile de 4%.',
      ['decrease', 'decrease'],
    ],
    ['Le GRP a augmenté de 50%, entre 550 et 834 milliards de roubles.', ['increase', 'level', 'level']],
    ['L’indice de production est de 7%.', ['level']],
    ['Le port a traité 12 millions de tonnes, soit 8 % de moins qu’en 2021.', ['level', 'decrease']],
  ])('direction: %s', (sentence, directions) =>
    expect(props(sentence).map((p) => p.direction)).toEqual(directions),
  );

  test.each<[string, string | null]>([
    ['Le produit régional brut a augmenté de 12% en 2024.', '2024'],
    ['Le nombre de routes a augmenté de 30% depuis 2020.', 'depuis 2020'],
    ['Au total, 36 écoles ont été construites l’année dernière.', 'l’année dernière'],
    [
      'Encore 30 écoles seront construites au cours des cinq prochaines années.',
      'au cours des cinq prochaines années',
    ],
    ['L’indice de production est de 7%.', null],
  ])('period: %s', (sentence, period) => expect(props(sentence)[0]!.period).toBe(period));

  test.each<[string, string]>([
    ['Le produit régional brut a augmenté de 12% en 2024.', 'produit régional brut'],
    ['Le territoire abrite 40.000 grandes familles.', 'grandes familles'],
    ['Nous voulons que 70% des résidents fassent du sport.', 'résidents'],
  ])('measure: %s', (sentence, measure) => expect(props(sentence)[0]!.measure).toBe(measure));

  test('the raw span slices the text', () => {
    const doc = figuresDoc([
      { title: 'Rencontre', paragraphs: ['Environ 140.000 familles sont aidées, soit 97 à 98 milliards.'] },
    ]);
    for (const c of findFigures(doc, []).candidates)
      expect(doc.text.slice(c.span.start, c.span.end)).toBe(c.name);
  });

  test('a figure repeated in the event is one figure; two measures of 20% are two', () => {
    const doc = figuresDoc([
      {
        title: 'Rencontre',
        paragraphs: [
          'Plus de 90% de nos citoyens ont voté. Mais plus de 90% l’ont fait malgré tout.',
          'La mortalité par cancer a baissé de plus de 20%.',
          'Le taux de mortalité routière a chuté de plus de 20%.',
        ],
      },
    ]);
    expect(findFigures(doc, []).candidates.map((c) => c.name)).toEqual([
      'Plus de 90%',
      'plus de 20%',
      'plus de 20%',
    ]);
  });
});
