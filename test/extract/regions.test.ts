import { describe, expect, test } from 'vitest';
import { findRegions } from '../../src/extract/finders/places/regions.js';
import { regionsDoc } from './support/regions-doc.js';

const regionsIn = (line: string) =>
  findRegions(regionsDoc([{ title: 'Réunion', body: [line] }]))
    .filter((c) => c.event === 1)
    .map((c) => [c.name, c.canonical ?? null, c.properties?.kind]);

describe('findRegions', () => {
  test.each([
    // seed sentences
    [
      'au Kremlin-Moscou',
      [
        ['Kremlin', 'Kremlin', 'site'],
        ['Moscou', 'Moscou', 'city'],
      ],
    ],
    [
      'environ 140.000 familles du territoire PERM',
      [['territoire PERM', 'Territoire de Perm', 'federal_subject']],
    ],
    ['libérer la région du Kursk', [['région du Kursk', 'Région de Koursk', 'federal_subject']]],
    [
      'l’aide à la ville de Severodonetk dans la République populaire de Lugansk',
      [
        ['Severodonetk', 'Severodonetsk', 'city'],
        ['République populaire de Lugansk', 'République populaire de Lugansk', 'federal_subject'],
      ],
    ],
    [
      'deuxième du district fédéral de Volga',
      [['district fédéral de Volga', 'District fédéral de la Volga', 'area']],
    ],
    ['Ecokhod a ouvert ses portes sur la rivière Kama en 2024', [['rivière Kama', null, 'area']]],
    ['le parc national de Kenozersky, un paysage culturel', [['parc national de Kenozersky', null, 'site']]],
    ['au nord de la Malaisie Loknya', [['Malaisie Loknya', null, 'city']]],
    ['dans le secteur de Nikolskoye ont contribué', [['Nikolskoye', null, 'city']]],
    [
      'dans la région de Sommen de l’Ukraine',
      [
        ['région de Sommen', null, 'area'],
        ['Ukraine', 'Ukraine', 'country'],
      ],
    ],
    ['le district de Komi-Permyak', [['district de Komi-Permyak', 'district de Komi-Permyak', 'district']]],
    ['sur la place Rouge', [['place Rouge', 'place Rouge', 'site']]],
    ['expulsé de la Maison Blanche', [['Maison Blanche', 'Maison Blanche', 'site']]],
    [
      'les présidents du Brésil et la République d’Afrique du Sud',
      [
        ['Brésil', 'Brésil', 'country'],
        ['République d’Afrique du Sud', 'Afrique du Sud', 'country'],
      ],
    ],
    // other documents of the genre
    [
      'le gouverneur de la région de Belgorod Viatcheslav Gladkov',
      [['région de Belgorod', 'Région de Belgorod', 'federal_subject']],
    ],
    [
      'à Novo-Ogaryovo, région de Moscou',
      [
        ['Novo-Ogaryovo', 'Novo-Ogaryovo', 'site'],
        ['région de Moscou', 'Région de Moscou', 'federal_subject'],
      ],
    ],
    [
      'le président de la République du Tatarstan',
      [['République du Tatarstan', 'République du Tatarstan', 'federal_subject']],
    ],
    ['une visite à Iekaterinbourg', [['Iekaterinbourg', 'Iekaterinbourg', 'city']]],
    [
      'dans le Kouzbass et en Iakoutie',
      [
        ['Kouzbass', 'Région de Kemerovo', 'federal_subject'],
        ['Iakoutie', 'République de Sakha (Iakoutie)', 'federal_subject'],
      ],
    ],
    [
      'Krasnodar Krai and the Republic of Crimea',
      [
        ['Krasnodar Krai', 'Territoire de Krasnodar', 'federal_subject'],
        ['Republic of Crimea', 'République de Crimée', 'federal_subject'],
      ],
    ],
    [
      'les villes de Donetsk et de Marioupol',
      [
        ['Donetsk', 'Donetsk', 'city'],
        ['Marioupol', 'Marioupol', 'city'],
      ],
    ],
    [
      'la région de Zaporijia et la région de Kherson',
      [
        ['région de Zaporijia', 'Région de Zaporojie', 'federal_subject'],
        ['région de Kherson', 'Région de Kherson', 'federal_subject'],
      ],
    ],
    // venues and sites, and common nouns that open their names
    ['la cérémonie au Palais des sports de Kazan', [['Palais des sports de Kazan', null, 'site']]],
    [
      'le forum se tient au Palais des congrès, à Vladivostok',
      [
        ['Palais des congrès', null, 'site'],
        ['Vladivostok', 'Vladivostok', 'city'],
      ],
    ],
    [
      'dans la Salle Saint-Georges du Kremlin',
      [
        ['Salle Saint-Georges', 'Salle Saint-Georges', 'site'],
        ['Kremlin', 'Kremlin', 'site'],
      ],
    ],
    ['le gisement de Samotlor', [['gisement de Samotlor', null, 'site']]],
    ['the talks took place at the Zavidovo state residence', [['Zavidovo', null, 'site']]],
    ['la ville frontalière de Tchernigovka', [['Tchernigovka', null, 'city']]],
    ['l’aïmag de Selenge', [['aïmag de Selenge', null, 'area']]],
    // towns of the complete gazetteer, and capitals
    [
      'à Nefteïougansk et à Bissau',
      [
        ['Nefteïougansk', 'Nefteïougansk', 'city'],
        ['Bissau', 'Bissau', 'city'],
      ],
    ],
    [
      'le président de la République de Guinée-Bissau',
      [['République de Guinée-Bissau', 'Guinée-Bissau', 'country']],
    ],
    [
      'Rég.Astrakhan et rég. de Tver',
      [
        ['Rég.Astrakhan', 'Région d’Astrakhan', 'federal_subject'],
        ['rég. de Tver', 'Région de Tver', 'federal_subject'],
      ],
    ],
    // a front's direction names the region that bears the town's name
    [
      'les troupes avancent en direction de Belgorod',
      [['Belgorod', 'Région de Belgorod', 'federal_subject']],
    ],
    // a town's name after a given name is a surname; a typo needs a name standing alone
    ['le recteur Sergueï Kazan a parlé', []],
    ['l’agence de presse Ankura a demandé', []],
    // names that only name something else are no mention of the place
    ['la convention de Genève de 1949', []],
    ['le groupe de forces Kursk', []],
    ['the 810th Marine Brigade of the Black Sea Fleet', []],
    ['les accords de Minsk', []],
    // adjectives are no mention of the country
    ['les étudiants biélorusses et les entreprises russes', []],
    ['le transport de la rivière Passenger', []],
  ])('%s', (line, expected) => expect(regionsIn(line)).toEqual(expected));

  test('a bare stem names the capital when the capital bears it, else the subject', () => {
    expect(regionsIn('le port maritime d’Arkhangelsk')).toEqual([['Arkhangelsk', 'Arkhangelsk', 'city']]);
    expect(regionsIn('en Tchétchénie')).toEqual([
      ['Tchétchénie', 'République tchétchène', 'federal_subject'],
    ]);
  });

  test('spans slice the text to the name', () => {
    const doc = regionsDoc([
      {
        title: 'Rencontre avec le gouverneur du territoire de Perm',
        place: 'Kremlin-Moscou',
        body: ['En 2003, le district est devenu une partie de la région perm.'],
      },
    ]);
    for (const c of findRegions(doc)) expect(doc.text.slice(c.span.start, c.span.end)).toBe(c.name);
  });
});
