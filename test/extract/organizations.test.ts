import { describe, expect, test } from 'vitest';
import { findOrganizations } from '../../src/extract/finders/organizations/organizations.js';
import { regionsDoc } from './support/regions-doc.js';

const orgsIn = (line: string) =>
  findOrganizations(regionsDoc([{ title: 'Réunion', body: [line] }]))
    .filter((c) => c.event === 1)
    .map((c) => [c.name, c.canonical ?? null, c.properties?.kind]);

describe('findOrganizations', () => {
  test.each([
    // seed sentences
    [
      'six projets sont en cours par Ualkali, Acron et Eurochem',
      [
        ['Ualkali', 'Uralkali', 'company'],
        ['Acron', 'Acron', 'company'],
        ['Eurochem', 'EuroChem', 'company'],
      ],
    ],
    ['Le Kama Pulp and Paper Mill, leader de la Russie', [['Kama Pulp and Paper Mill', null, 'company']]],
    ['Le chantier naval Perm, qui a une coopération', [['chantier naval Perm', null, 'company']]],
    ['l’usine de Krasnaya Kuznitsa a reçu l’ordre', [['usine de Krasnaya Kuznitsa', null, 'company']]],
    ['avec le soutien de Rosatom State Corporation', [['Rosatom State Corporation', 'Rosatom', 'company']]],
    [
      'au Zvezdochka Ship Repair Center et',
      [['Zvezdochka Ship Repair Center', 'Zvezdochka Ship Repair Center', 'company']],
    ],
    ['avec le bureau du maire de Moscou', [['bureau du maire de Moscou', null, 'state_body']]],
    [
      'Sur la base de l’Université d’entreprise du gouvernement de la région d’Arkhangelsk, un programme',
      [['Université d’entreprise du gouvernement de la région d’Arkhangelsk', null, 'other']],
    ],
    [
      'conjointement avec les chemins de fer russes',
      [['chemins de fer russes', 'chemins de fer russes', 'company']],
    ],
    [
      'la direction des opérations de l’état-major général pour leur travail',
      [
        ['direction des opérations', 'direction des opérations de l’état-major général', 'state_body'],
        ['état-major général', 'état-major général', 'state_body'],
      ],
    ],
    [
      'les forces armées de la Fédération de Russie continuent',
      [
        [
          'forces armées de la Fédération de Russie',
          'forces armées de la Fédération de Russie',
          'state_body',
        ],
      ],
    ],
    [
      'chef d’état-major général des forces armées de la Russie',
      [
        ['état-major général', 'état-major général', 'state_body'],
        ['forces armées de la Russie', 'forces armées de la Fédération de Russie', 'state_body'],
      ],
    ],
    [
      'un contingent des forces armées biélorusses',
      [['forces armées biélorusses', 'forces armées du Bélarus', 'state_body']],
    ],
    [
      'derrière les positions de l’armée ukrainienne',
      [['armée ukrainienne', 'forces armées de l’Ukraine', 'state_body']],
    ],
    [
      'C’est ainsi que le bureau du procureur a qualifié',
      [['bureau du procureur', 'bureau du procureur', 'state_body']],
    ],
    ['au sein de la CIS et de l’OCD', [['CIS', 'Communauté des États indépendants', 'international']]],
    [
      'une entité unique nommée Union State (État syndical)',
      [['Union State', 'État de l’Union', 'international']],
    ],
    [
      'la Russie et le Bélarus au sein de l’État de l’Union et de l’organisation des traités de sécurité collective',
      [
        ['État de l’Union', 'État de l’Union', 'international'],
        [
          'organisation des traités de sécurité collective',
          'Organisation du traité de sécurité collective',
          'international',
        ],
      ],
    ],
    // other documents of the genre
    [
      'à la Douma d’État et au Conseil de la Fédération',
      [
        ['Douma d’État', 'Douma d’État', 'state_body'],
        ['Conseil de la Fédération', 'Conseil de la Fédération', 'state_body'],
      ],
    ],
    [
      'les pays de l’OTSC et de l’UEE',
      [
        ['OTSC', 'Organisation du traité de sécurité collective', 'international'],
        ['UEE', 'Union économique eurasienne', 'international'],
      ],
    ],
    ['la chaîne de télévision Zvezda', [['chaîne de télévision Zvezda', 'Zvezda TV', 'media']]],
    ['l’agence de presse Vesti Primorye', [['Vesti Primorye', null, 'media']]],
    [
      'Gazprom, Rosneft et Novatek',
      [
        ['Gazprom', 'Gazprom', 'company'],
        ['Rosneft', 'Rosneft', 'company'],
        ['Novatek', 'Novatek', 'company'],
      ],
    ],
    // words that look like names
    ['Ils ont signé. En 2024, ils ont', []],
    ['nos forces armées et la Russie', []],
    // a capitalised head inside a sentence opens a proper name
    ['la production de la Compagnie minière unie a doublé', [['Compagnie minière unie', null, 'company']]],
    [
      'les experts de l’Institut de chimie et de biologie ont',
      [['Institut de chimie et de biologie', null, 'other']],
    ],
    [
      'avec le Centre régional de cardiologie Bakoulev de Tver, qui',
      [['Centre régional de cardiologie Bakoulev', null, 'other']],
    ],
    [
      'le Fonds d’investissement russo-serbe a financé',
      [['Fonds d’investissement russo-serbe', null, 'other']],
    ],
    ['Le Centre a ouvert', []],
    // ministries keep their country; a Russian one keeps the lexicon's name
    [
      'le ministère des Affaires étrangères de la République du Chili a',
      [['ministère des Affaires étrangères de la République du Chili', null, 'state_body']],
    ],
    [
      'le ministère des Finances de la Fédération de Russie',
      [['ministère des Finances de la Fédération de Russie', 'ministère des Finances', 'state_body']],
    ],
    // a function word ends a ministry's epithets
    [
      'travaillez avec le ministère de la Santé dès demain',
      [['ministère de la Santé', 'ministère de la Santé', 'state_body']],
    ],
    // a body named after the company that owns it ends before it; a possessed plant is no name
    [
      'le Centre d’essais de Rosatom a ouvert',
      [
        ['Centre d’essais', null, 'other'],
        ['Rosatom', 'Rosatom', 'company'],
      ],
    ],
    ['la compagnie a agrandi son usine de pneus de Kalouga', []],
    // plants named with what they make, estates
    ['l’usine de turbines de Kalouga a livré', [['usine de turbines de Kalouga', null, 'company']]],
    ['le parc technologique Akademgorodok accueille', [['parc technologique Akademgorodok', null, 'other']]],
    ['la zone industrielle égyptienne', [['zone industrielle égyptienne', null, 'other']]],
    // a gloss between dashes is the same body
    [
      'le Fonds de soutien régional – the Regional Support Fund – a aidé',
      [
        ['Fonds de soutien régional', 'Fonds de soutien régional', 'other'],
        ['Regional Support Fund', 'Fonds de soutien régional', 'other'],
      ],
    ],
  ])('%s', (line, expected) => expect(orgsIn(line)).toEqual(expected));

  test('a journalist’s outlet is a media organisation, without its article', () => {
    const doc = regionsDoc([
      {
        title: 'Conférence de presse',
        body: ['Natalya Breus, la première chaîne d’information, le Bélarus.'],
        outlet: [0, 'la première chaîne d’information'],
      },
    ]);
    expect(findOrganizations(doc).map((c) => [c.name, c.properties?.kind])).toEqual([
      ['première chaîne d’information', 'media'],
    ]);
  });
});
