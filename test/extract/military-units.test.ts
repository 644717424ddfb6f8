import { describe, expect, it } from 'vitest';
import { findMilitaryUnits } from '../../src/extract/finders/units/military-units.js';
import { unitsDoc } from './support/units-doc.js';

const units = (line: string) =>
  findMilitaryUnits(unitsDoc(`### event\n${line}`)).map((c) => [
    c.name,
    c.properties?.number,
    c.properties?.echelon,
  ]);

describe('findMilitaryUnits: numbered units', () => {
  it.each([
    ['la 34e brigade de fusil motorisée,', [['34e brigade de fusil motorisée', 34, 'brigade']]],
    ['le 22e régiment de fusil motorisé et', [['22e régiment de fusil motorisé', 22, 'regiment']]],
    ['la 83e brigade d’assaut aérien, la', [['83e brigade d’assaut aérien', 83, 'brigade']]],
    ['la 810th Marine Brigade, ainsi que', [['810th Marine Brigade', 810, 'brigade']]],
    [
      'la 27e division de fusil motorisée de la Garde',
      [['27e division de fusil motorisée de la Garde', 27, 'division']],
    ],
    [
      'la 74e brigade de fusil motorisée séparée de la Garde.',
      [['74e brigade de fusil motorisée séparée de la Garde', 74, 'brigade']],
    ],
    ['le 11e corps d’armée a débarqué', [['11e corps d’armée', 11, 'corps']]],
    [
      'la 7e brigade de débarquement et d’assaut aérien séparée a',
      [['7e brigade de débarquement et d’assaut aérien séparée', 7, 'brigade']],
    ],
    ['la 7e brigade et la marine', [['7e brigade', 7, 'brigade']]],
    ['la 1re armée blindée de la Garde', [['1re armée blindée de la Garde', 1, 'army']]],
    ['la 58ème armée interarmes', [['58ème armée interarmes', 58, 'army']]],
    [
      '- the 34th Guards Motorised Rifle Brigade which was particularly active',
      [['34th Guards Motorised Rifle Brigade', 34, 'brigade']],
    ],
    ['- the 2nd Guards Combined Arms Army,', [['2nd Guards Combined Arms Army', 2, 'army']]],
    ['- the 1st Guards Tank Army,', [['1st Guards Tank Army', 1, 'army']]],
    // any capitalised word of an English title qualifies the echelon; the name ends at the echelon
    [
      '- the 18th Separate Highland Rifle Brigade Commander said',
      [['18th Separate Highland Rifle Brigade', 18, 'brigade']],
    ],
    [
      'of the 4th Guards Kantemirovskaya Tank Division,',
      [['4th Guards Kantemirovskaya Tank Division', 4, 'division']],
    ],
    ['the 21st Century Foundation', []],
    // the seed's broken ordinal keeps its words and no number
    ['of the rd Motorised Rifle Division,', [['rd Motorised Rifle Division', null, 'division']]],
    // a list sharing one echelon names one unit per number
    [
      'les parachutistes des 76e et 106e divisions aériennes,',
      [
        ['76e', 76, 'division'],
        ['106e divisions aériennes', 106, 'division'],
      ],
    ],
    [
      'the 76th and 106th Guards Airborne Assault Divisions',
      [
        ['76th', 76, 'division'],
        ['106th Guards Airborne Assault Divisions', 106, 'division'],
      ],
    ],
    // parent and child are two units
    [
      '- the 56th Guards Airborne Assault Regiment of the 7th Airborne Assault Division,',
      [
        ['56th Guards Airborne Assault Regiment', 56, 'regiment'],
        ['7th Airborne Assault Division', 7, 'division'],
      ],
    ],
  ])('%s', (line, expected) => {
    expect(units(line)).toEqual(expected);
  });

  it.each([
    'le 80e anniversaire de la victoire',
    'plus de 20 brigades ont été formées',
    'la 3e édition du forum',
    'Les unités de lutte contre les incendies ont été rééquipées',
  ])('no unit in %j', (line) => {
    expect(units(line)).toEqual([]);
  });
});

describe('findMilitaryUnits: named units', () => {
  it.each([
    [
      '- the 155th Guards Separate Marine Brigade of the Pacific Fleet,',
      ['155th Guards Separate Marine Brigade', 'Pacific Fleet'],
    ],
    [
      'La 61e brigade d’infanterie navale séparée de la flotte du Nord',
      ['61e brigade d’infanterie navale séparée', 'flotte du Nord'],
    ],
    ['des avions des forces aérospatiales et', ['forces aérospatiales']],
    ['un poste de commandement du groupe de forces à Kursk', ['groupe de forces à Kursk']],
    ['les unités du groupe de forces Centre ont', ['groupe de forces Centre']],
    ['le commandant du groupe nord des forces et son adjoint', ['groupe nord des forces']],
    ['Un groupe régional conjoint de forces a été déployé', ['groupe régional conjoint de forces']],
    ['les opérations réussies de l’unité UAV Rubicon dans', ['unité UAV Rubicon']],
    ['et l’unité d’opérations spéciales Akhmat.', ['unité d’opérations spéciales Akhmat']],
    ['- the Akhmat Special Forces that were mentioned earlier,', ['Akhmat Special Forces']],
    [
      'l’unité d’assaut combinée du détachement de volontaires des anciens combattants, ainsi que',
      ['unité d’assaut combinée', 'détachement de volontaires des anciens combattants'],
    ],
    ['Le commandant du district militaire Ouest, le colonel', ['district militaire Ouest']],
  ])('%s', (line, expected) => {
    expect(units(line).map(([name]) => name)).toEqual(expected);
  });

  it.each([
    'La flotte des transports publics a été renouvelée',
    'La flotte de pêche a été presque complètement révisée',
    'l’unité de soins intensifs pédiatriques à Melitopol',
    'des unités combinées et des forces des groupes de forces volontaires',
    'Les détachements du groupe de forces continuent',
    'Le groupe d’infiltration des forces armées ukrainiennes a été isolé',
  ])('no unit in %j', (line) => {
    expect(units(line)).toEqual([]);
  });

  it('ties the unnumbered forms of one unit with one canonical', () => {
    const doc = unitsDoc(
      '### e\nl’unité d’opérations spéciales Akhmat.\n- the Akhmat Special Forces,\ncette unité d’assaut combinée.\ncette unité combinée de 600 hommes\nle groupe de forces Kursk et le groupe de forces à Kursk',
    );
    const canonical = Object.fromEntries(findMilitaryUnits(doc).map((c) => [c.name, c.canonical]));
    expect(canonical['Akhmat Special Forces']).toBe('unité d’opérations spéciales Akhmat');
    expect(canonical['unité combinée']).toBe('unité d’assaut combinée');
    expect(canonical['groupe de forces Kursk']).toBe(canonical['groupe de forces à Kursk']);
  });

  it.each([
    ['le groupe de forces Sud', 'the Yug Group of Forces'],
    ['le groupe de forces Ouest', 'the West Group of Forces'],
    ['le groupe de forces « Centre »', 'the Tsentr Group of Forces'],
    ['le groupe de forces Dnepr', 'Group of Forces Dnieper'],
  ])('ties a grouping to its synonyms: %s / %s', (french, english) => {
    const doc = unitsDoc(`### e\n${french} a avancé.\n- ${english},`);
    const found = findMilitaryUnits(doc);
    expect(found).toHaveLength(2);
    expect(found[0]!.canonical).toBeDefined();
    expect(found[0]!.canonical).toBe(found[1]!.canonical);
  });

  it.each([
    ['le groupe Koursk a avancé', [['groupe Koursk', null, 'group']]],
    ['le groupement « Nord » tient', [['groupement « Nord »', null, 'group']]],
    ['le groupe Sibur investit', []],
    ['le groupe des Vingt se réunit', []],
    ['le groupe Wagner', []],
  ])('reads a bare "groupe" named by a bearing or a place: %s', (line, expected) => {
    expect(units(line)).toEqual(expected);
  });

  it('ties "groupe Koursk" to "groupe de forces à Kursk"', () => {
    const doc = unitsDoc('### e\nle groupe Koursk a avancé.\nle groupe de forces à Kursk tient');
    const found = findMilitaryUnits(doc);
    expect(found).toHaveLength(2);
    expect(found[0]!.canonical).toBeDefined();
    expect(found[0]!.canonical).toBe(found[1]!.canonical);
  });

  it('keeps groupings of different names apart', () => {
    const doc = unitsDoc('### e\nle groupe de forces Nord et le groupe de forces Sud');
    expect(findMilitaryUnits(doc).map((c) => c.canonical)).toEqual([undefined, undefined]);
  });

  // Known gap: an English description of a French-named unit is not tied to it (no bilingual lexicon).
  it.fails(
    'ties "the Veterans volunteer formation" to "détachement de volontaires des anciens combattants"',
    () => {
      const doc = unitsDoc(
        '### e\nle détachement de volontaires des anciens combattants, ainsi que\n- the Veterans volunteer formation,',
      );
      const found = findMilitaryUnits(doc);
      expect(found).toHaveLength(2);
      expect(found[1]?.canonical).toBe('détachement de volontaires des anciens combattants');
    },
  );

  it('keeps every name equal to its span in the text', () => {
    const doc = unitsDoc('### e\nla 76e division d’assaut aérien de la Garde et la flotte de la mer Noire');
    for (const c of findMilitaryUnits(doc)) expect(doc.text.slice(c.span.start, c.span.end)).toBe(c.name);
  });
});
