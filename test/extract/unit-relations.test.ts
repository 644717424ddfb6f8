import { describe, expect, it } from 'vitest';
import { findMilitaryUnits } from '../../src/extract/finders/units/military-units.js';
import type { Candidate } from '../../src/extract/core/types.js';
import { findUnitRelations } from '../../src/extract/finders/units/unit-relations.js';
import type { ParsedDocument } from '../../src/model/index.js';
import { mention, unitsDoc } from './support/units-doc.js';

type Region = [surface: string, kind: string, nth?: number];

function relations(doc: ParsedDocument, regions: Region[] = [], extra: Candidate[] = []) {
  const found = [
    ...findMilitaryUnits(doc),
    ...regions.map(([s, kind, nth]) => mention(doc, 'Region', s, { kind }, nth ?? 0)),
    ...extra,
  ].sort((a, b) => a.span.start - b.span.start);
  return findUnitRelations(doc, found).map((r) => {
    const name = (e: typeof r.source) => ('candidate' in e ? e.candidate.name : `event ${e.event}`);
    return `${r.type} ${name(r.source)} → ${name(r.target)}`;
  });
}

describe('findUnitRelations: PART_OF', () => {
  it.each([
    [
      '- the 56th Guards Airborne Assault Regiment of the 7th Airborne Assault Division,',
      ['56th Guards Airborne Assault Regiment → 7th Airborne Assault Division'],
    ],
    [
      '- the 155th Guards Separate Marine Brigade of the Pacific Fleet,',
      ['155th Guards Separate Marine Brigade → Pacific Fleet'],
    ],
    [
      '- the 1220th Motorised Rifle Regiment of the rd Motorised Rifle Division,',
      ['1220th Motorised Rifle Regiment → rd Motorised Rifle Division'],
    ],
    [
      'la 27e division de fusil motorisée de la Garde de la 2e armée interarmes de la Garde, la',
      ['27e division de fusil motorisée de la Garde → 2e armée interarmes de la Garde'],
    ],
    ['le 11e corps d’armée de la flotte de la Baltique et', ['11e corps d’armée → flotte de la Baltique']],
    [
      'l’unité d’assaut combinée du détachement de volontaires des anciens combattants, ainsi que',
      ['unité d’assaut combinée → détachement de volontaires des anciens combattants'],
    ],
    // numbers listed with one echelon share its parent
    [
      'les 12e et 44e bataillons de reconnaissance de la 9e division de chars ont',
      ['12e → 9e division de chars', '44e bataillons de reconnaissance → 9e division de chars'],
    ],
    [
      'the 3rd, 7th and 19th Engineer Battalions of the 2nd Guards Army,',
      ['3rd → 2nd Guards Army', '7th → 2nd Guards Army', '19th Engineer Battalions → 2nd Guards Army'],
    ],
    // a list is not a hierarchy
    ['la 83e brigade d’assaut aérien, la 810th Marine Brigade, ainsi que', []],
    ['les parachutistes de la 98e division aéroportée de la Garde', []],
  ])('%s', (line, expected) => {
    const found = relations(unitsDoc(`### e\n${line}`)).filter((r) => r.startsWith('PART_OF'));
    expect(found).toEqual(expected.map((e) => `PART_OF ${e}`));
  });

  it('links a unit to the armed forces it belongs to', () => {
    const doc = unitsDoc('### e\navec la 120e brigade mécanisée séparée des forces armées du Bélarus.');
    const army = mention(doc, 'Organization', 'forces armées du Bélarus');
    expect(relations(doc, [], [army])).toContain(
      'PART_OF 120e brigade mécanisée séparée → forces armées du Bélarus',
    );
  });
});

describe('findUnitRelations: OPERATED_IN', () => {
  const operated = (doc: ParsedDocument, regions: Region[], extra: Candidate[] = []) =>
    relations(doc, regions, extra)
      .filter((r) => r.startsWith('OPERATED_IN'))
      .map((r) => r.slice('OPERATED_IN '.length));

  it('pairs units and places in a sentence of combat, without bearings or owner countries', () => {
    const doc = unitsDoc(
      [
        '### e',
        'Les opérations offensives menées par la 155th Marine Infantry Brigade dans le secteur de Nikolskoye ont contribué à encercler un regroupement ennemi au nord de la Malaisie Loknya.',
        'L’avance par la 83e brigade d’assaut aérien dans la région de Kursk et dans la région de Sommen de l’Ukraine.',
      ].join('\n'),
    );
    expect(
      operated(doc, [
        ['Nikolskoye', 'city'],
        ['Malaisie Loknya', 'city'],
        ['région de Kursk', 'federal_subject'],
        ['région de Sommen', 'area'],
        ['Ukraine', 'country'],
      ]),
    ).toEqual([
      '155th Marine Infantry Brigade → Nikolskoye',
      '83e brigade d’assaut aérien → région de Kursk',
      '83e brigade d’assaut aérien → région de Sommen',
    ]);
  });

  it('keeps a country named as the place of action', () => {
    const doc = unitsDoc(
      '### e\nUn groupe régional conjoint de forces a été déployé au Bélarus, aux côtés des systèmes russes.',
    );
    expect(operated(doc, [['Bélarus', 'country']])).toEqual(['groupe régional conjoint de forces → Bélarus']);
  });

  it('says nothing when the sentence tells no action', () => {
    const doc = unitsDoc('### e\nLe commandant de la flotte du Pacifique est né à Vladivostok.');
    expect(operated(doc, [['Vladivostok', 'city']])).toEqual([]);
  });

  it('carries places and units across the sentences of a paragraph', () => {
    const doc = unitsDoc(
      [
        '### e',
        'Les unités du groupe de forces Centre ont poursuivi leur offensive dans la direction de Pokrovsk. Les localités de Kalinovo dans la République populaire de Donetsk ont été libérées.',
        'Le plus grand succès a été obtenu par la 27e division de fusil motorisée de la Garde de la 2e armée interarmes de la Garde.',
        'L’unité UAV Sever a détruit 64 drones ennemis.',
      ].join('\n'),
    );
    expect(
      operated(doc, [
        ['Pokrovsk', 'city'],
        ['Kalinovo', 'city'],
        ['République populaire de Donetsk', 'federal_subject'],
      ]),
    ).toEqual([
      'groupe de forces Centre → Pokrovsk',
      'groupe de forces Centre → Kalinovo',
      'groupe de forces Centre → République populaire de Donetsk',
      '27e division de fusil motorisée de la Garde → Pokrovsk',
      '27e division de fusil motorisée de la Garde → République populaire de Donetsk',
    ]);
  });

  it('places every unit of a briefing held where the fighting is, except parents named for their child', () => {
    const doc = unitsDoc(
      [
        '### Visite du groupe de forces à Kursk – Région de Kursk',
        'Les détachements continuent afin d’éliminer l’ennemi dans la région de Kursk.',
        'grâce aux avions des forces aérospatiales.',
        '- the 177th Guards Separate Marine Regiment of the Caspian Flotilla,',
      ].join('\n'),
      'Région de Kursk',
    );
    const found = operated(doc, [
      ['Kursk', 'city'],
      ['Région de Kursk', 'federal_subject'],
      ['région de Kursk', 'federal_subject'],
    ]);
    expect(found).toEqual([
      'groupe de forces à Kursk → Région de Kursk',
      'forces aérospatiales → Région de Kursk',
      '177th Guards Separate Marine Regiment → Région de Kursk',
    ]);
  });

  it('keeps a unit sent along an axis out of the briefing place', () => {
    const doc = unitsDoc(
      [
        '### Réunion au poste de commandement – Région de Briansk',
        'Les combats se poursuivent dans la région de Briansk.',
        'Les équipages avancent en direction de Tchernigov avec le soutien des forces aérospatiales.',
        'La 7e brigade de chars tient ses positions.',
      ].join('\n'),
      'Région de Briansk',
    );
    const found = operated(doc, [
      ['Région de Briansk', 'federal_subject'],
      ['région de Briansk', 'federal_subject'],
      ['Tchernigov', 'city'],
    ]);
    expect(found).toEqual(['forces aérospatiales → Tchernigov', '7e brigade de chars → Région de Briansk']);
  });

  it.each([
    [
      'La 12e brigade de chars a libéré le village de Ivanovka. Les troupes avancent en direction de Petrovka, appuyées par la flotte du Nord.',
      ['12e brigade de chars → Ivanovka', '12e brigade de chars → Petrovka', 'flotte du Nord → Petrovka'],
    ],
    [
      'La 12e brigade de chars a libéré le village de Ivanovka. Les unités de la flotte du Nord avancent en direction de Petrovka.',
      ['12e brigade de chars → Ivanovka', 'flotte du Nord → Petrovka'],
    ],
  ])('lets a sentence about "the troops" go on with the units just named: %s', (line, expected) => {
    const doc = unitsDoc(`### e\n${line}`);
    expect(
      operated(doc, [
        ['Ivanovka', 'city'],
        ['Petrovka', 'city'],
      ]),
    ).toEqual(expected);
  });

  it('gives a grouping its front, and the villages to the units named beside it', () => {
    const doc = unitsDoc(
      '### e\nEn direction de Lissitchansk, les unités du groupe de forces Ouest progressent: la 3e brigade de chars a libéré le hameau de Belogorovka dans la République populaire de Lougansk.',
    );
    expect(
      operated(doc, [
        ['Lissitchansk', 'city'],
        ['Belogorovka', 'city'],
        ['République populaire de Lougansk', 'federal_subject'],
      ]),
    ).toEqual([
      'groupe de forces Ouest → Lissitchansk',
      'groupe de forces Ouest → République populaire de Lougansk',
      '3e brigade de chars → Lissitchansk',
      '3e brigade de chars → Belogorovka',
      '3e brigade de chars → République populaire de Lougansk',
    ]);
  });

  it('lets a grouping credited after its units inherit only their province', () => {
    const doc = unitsDoc(
      '### e\nLe 4e régiment de chars a libéré le hameau de Ivanovka dans la région de Briansk. Depuis lundi, le groupe de forces Ouest a libéré 300 km² de territoire.',
    );
    expect(
      operated(doc, [
        ['Ivanovka', 'city'],
        ['région de Briansk', 'federal_subject'],
      ]),
    ).toEqual([
      '4e régiment de chars → Ivanovka',
      '4e régiment de chars → région de Briansk',
      'groupe de forces Ouest → région de Briansk',
    ]);
  });

  it('puts a grouping told of first in the province its units fight in next', () => {
    const doc = unitsDoc(
      '### e\nLes unités du groupe de forces Sud poursuivent leur offensive. La 9e brigade de chars a pris le village de Zelenoïe dans la région de Zaporojié.',
    );
    expect(
      operated(doc, [
        ['Zelenoïe', 'city'],
        ['région de Zaporojié', 'federal_subject'],
      ]),
    ).toEqual([
      '9e brigade de chars → Zelenoïe',
      '9e brigade de chars → région de Zaporojié',
      'groupe de forces Sud → région de Zaporojié',
    ]);
  });

  it('hands a grouping introduced with no place to the next paragraph', () => {
    const doc = unitsDoc(
      [
        '### e',
        'Les unités du groupe de forces Centre renforcent leurs positions.',
        'Le 7e régiment de chars a libéré le hameau de Lipovka. Les troupes avancent en direction de Pokrovsk.',
        'Le groupe de forces Est est en réserve. Rien à signaler.',
      ].join('\n'),
    );
    expect(
      operated(doc, [
        ['Lipovka', 'city'],
        ['Pokrovsk', 'city'],
      ]),
    ).toEqual([
      '7e régiment de chars → Lipovka',
      '7e régiment de chars → Pokrovsk',
      'groupe de forces Centre → Pokrovsk',
    ]);
  });

  it.each([
    'Le président a tenu une réunion à Kronstadt avec le commandement de la flotte de la Baltique.',
    'Le ministre a pris la parole à Kronstadt devant les marins de la 336e brigade d’infanterie navale.',
    'Le commandant de la flotte de la Baltique a mené les pourparlers à Kronstadt.',
    'La 336e brigade d’infanterie navale garde la frontière à Kronstadt depuis 1990.',
    'L’accord sur la base de la flotte de la Baltique à Kronstadt est entré en vigueur.',
  ])('reads no action into a sentence of meetings, speeches or borders: %s', (line) => {
    const doc = unitsDoc(`### e\n${line}`);
    expect(operated(doc, [['Kronstadt', 'city']])).toEqual([]);
  });

  it('reads a deployment as an action', () => {
    const doc = unitsDoc(
      '### e\nLe ministre a rendu compte du déploiement de la 9e brigade de missiles en Carélie.',
    );
    expect(operated(doc, [['Carélie', 'federal_subject']])).toEqual(['9e brigade de missiles → Carélie']);
  });

  it('leaves the axis of one named unit to that unit, not to its grouping', () => {
    const doc = unitsDoc(
      '### e\nLes unités du groupe de forces Sud poursuivent leur offensive. La 9e brigade de chars avance en direction de Orekhov dans la région de Zaporojié.',
    );
    expect(
      operated(doc, [
        ['Orekhov', 'city'],
        ['région de Zaporojié', 'federal_subject'],
      ]),
    ).toEqual([
      '9e brigade de chars → Orekhov',
      '9e brigade de chars → région de Zaporojié',
      'groupe de forces Sud → région de Zaporojié',
    ]);
  });

  it.each([
    // a unit named as support is not given the paragraph's province
    [
      'Les unités du groupe de forces Centre combattent dans la République populaire de Lougansk. La 98e division aéroportée a pris le contrôle du village de Kalinovka avec l’appui de la flotte du Nord.',
      [
        'groupe de forces Centre → République populaire de Lougansk',
        '98e division aéroportée → Kalinovka',
        'flotte du Nord → Kalinovka',
        '98e division aéroportée → République populaire de Lougansk',
      ],
    ],
    // the province told first carries to a unit that only names its axis
    [
      'Les unités du groupe de forces Ouest combattent dans la République populaire de Lougansk. Le 25e régiment de chars avance en direction de Svatovo.',
      [
        'groupe de forces Ouest → République populaire de Lougansk',
        '25e régiment de chars → Svatovo',
        '25e régiment de chars → République populaire de Lougansk',
      ],
    ],
    // a unit that names its own province keeps it, not the previous one
    [
      'La 7e brigade de chars a libéré le village de Kalinovka dans la région de Koursk. La 9e brigade de chars a repoussé trois attaques dans la région de Belgorod.',
      [
        '7e brigade de chars → Kalinovka',
        '7e brigade de chars → région de Koursk',
        '9e brigade de chars → région de Belgorod',
      ],
    ],
  ])('carries the paragraph’s province to units that name none of their own: %s', (line, expected) => {
    const doc = unitsDoc(`### e\n${line}`);
    expect(
      operated(
        doc,
        [
          ['Tchassov Iar', 'city'],
          ['Kalinovka', 'city'],
          ['Svatovo', 'city'],
          ['République populaire de Lougansk', 'federal_subject'],
          ['région de Koursk', 'federal_subject'],
          ['région de Belgorod', 'federal_subject'],
        ].filter(([name]) => line.includes(name!)) as Region[],
      ),
    ).toEqual(expected);
  });

  it.each([
    [
      'La 12e brigade de chars, basée à Tver, a repoussé trois attaques près de Kalinovka.',
      ['Tver', 'Kalinovka'],
    ],
    [
      'Le 5e régiment a reçu des drones fabriqués à Tver et a repoussé trois attaques près de Kalinovka.',
      ['Tver', 'Kalinovka'],
    ],
    ['Le 5e régiment, venu de Tver, a pris le contrôle de Kalinovka.', ['Tver', 'Kalinovka']],
    [
      'La 12e brigade de chars a détruit un dépôt près de Kalinovka, à 15 kilomètres de Tver.',
      ['Kalinovka', 'Tver'],
    ],
  ])('leaves out a place of origin, make or base, and a distance reference: %s', (line, places) => {
    const doc = unitsDoc(`### e\n${line}`);
    const found = operated(
      doc,
      places.map((p) => [p, 'city'] as Region),
    );
    expect(found.map((r) => r.split(' → ')[1])).toEqual(['Kalinovka']);
  });

  it('reads no action into the campaign named as a topic', () => {
    const doc = unitsDoc(
      '### e\nLe gouverneur a présenté l’aide aux participants de l’opération militaire spéciale dans la région de Tver. Les familles de la 6e brigade de chars reçoivent des logements.',
    );
    expect(operated(doc, [['région de Tver', 'federal_subject']])).toEqual([]);
  });

  it.each([
    [
      'La 5e brigade de chars a libéré le village de Kalinovka, tandis que la 7e brigade de chars a repoussé des attaques près de Svatovo.',
      ['5e brigade de chars → Kalinovka', '7e brigade de chars → Svatovo'],
    ],
    [
      'La 9e division de chars a pris le contrôle de Kalinovka et la 11e brigade de chars a progressé dans la région de Koursk.',
      ['9e division de chars → Kalinovka', '11e brigade de chars → région de Koursk'],
    ],
    // the province framing the sentence is each clause's
    [
      'Dans la région de Koursk, la 5e brigade de chars a libéré le village de Kalinovka; la 7e brigade de chars tient des positions près de Svatovo.',
      [
        '5e brigade de chars → région de Koursk',
        '5e brigade de chars → Kalinovka',
        '7e brigade de chars → Svatovo',
        '7e brigade de chars → région de Koursk',
      ],
    ],
    // a list of units is one subject
    [
      'La 5e brigade de chars, le 9e régiment de chars et la 7e brigade de chars ont libéré le village de Kalinovka.',
      [
        '5e brigade de chars → Kalinovka',
        '9e régiment de chars → Kalinovka',
        '7e brigade de chars → Kalinovka',
      ],
    ],
  ])('gives each unit the places of its own clause: %s', (line, expected) => {
    const doc = unitsDoc(`### e\n${line}`);
    const regions: Region[] = [
      ['Kalinovka', 'city'],
      ['Svatovo', 'city'],
      ['région de Koursk', 'federal_subject'],
    ];
    expect(
      operated(
        doc,
        regions.filter(([n]) => line.includes(n)),
      ),
    ).toEqual(expected);
  });

  it.each([
    'Les familles de la 6e brigade de chars ont reçu des logements, alors que les combats se poursuivent dans la région de Koursk.',
    'Un monument aux héros de la 6e brigade de chars, tombés lors des combats, a été inauguré dans la région de Koursk.',
  ])('reads no action into the families or the memory of a unit: %s', (line) => {
    const doc = unitsDoc(`### e\n${line}`);
    expect(operated(doc, [['région de Koursk', 'federal_subject']])).toEqual([]);
  });
});
