import { describe, expect, it } from 'vitest';
import { findAgreements } from '../../src/extract/finders/agreements/agreements.js';
import { unitsDoc } from './support/units-doc.js';

const acts = (text: string) => findAgreements(unitsDoc(`### event\n${text}`));
const names = (text: string) => acts(text).map((c) => c.name);

describe('findAgreements: names', () => {
  it.each([
    [
      'Ils ont signé l’accord entre la Fédération de Russie et la République du Bélarus sur les mesures de protection mutuelle des citoyens;',
      [
        'accord entre la Fédération de Russie et la République du Bélarus sur les mesures de protection mutuelle des citoyens',
      ],
    ],
    [
      'les mercenaires étrangers ne relèvent pas de la convention de Genève de 1949 sur les prisonniers de guerre.',
      ['convention de Genève de 1949 sur les prisonniers de guerre'],
    ],
    ['Après la signature des accords de Minsk, il a reçu toutes les cartes', ['accords de Minsk']],
    ['Les dirigeants ont signé une déclaration conjointe, suivie d’une cérémonie', ['déclaration conjointe']],
    ['Notre déclaration conjointe avec le président du Bélarus a réaffirmé', ['déclaration conjointe']],
    [
      'la partie ukrainienne réalise un cessez-le-feu pendant au moins 30 jours.',
      ['cessez-le-feu pendant au moins 30 jours'],
    ],
    [
      'Qui a violé l’accord potentiel de cessez-le-feu sur une distance de 2 000 km?',
      ['accord potentiel de cessez-le-feu'],
    ],
    [
      'Nous sommes d’accord avec les propositions pour cesser les hostilités, mais',
      ['propositions pour cesser les hostilités'],
    ],
    [
      'l’état actuel des 28 programmes développés pour l’intégration économique?',
      ['programmes développés pour l’intégration économique'],
    ],
    [
      'le 50e anniversaire du traité d’amitié, de paix et de coopération entre l’Inde et l’Union soviétique du 9 août 1971.',
      ['traité d’amitié, de paix et de coopération entre l’Inde et l’Union soviétique du 9 août 1971'],
    ],
    [
      'un accord de coopération commerciale, économique, scientifique, technique et culturelle entre la région de Novossibirsk et la région de Minsk a été signé',
      [
        'accord de coopération commerciale, économique, scientifique, technique et culturelle entre la région de Novossibirsk et la région de Minsk',
      ],
    ],
    [
      'prévue par l’accord de 2018 sur la fourniture de systèmes S-400, d’un montant de 5,4 milliards de dollars.',
      ['accord de 2018 sur la fourniture de systèmes S-400'],
    ],
    [
      'le mémorandum d’accord sur la construction de la centrale nucléaire de faible puissance entre Rosatom et l’Agence (Uzatom).',
      // named by its subject, and also with its partners (one act once clustered)
      [
        'mémorandum d’accord sur la construction de la centrale nucléaire de faible puissance',
        'mémorandum d’accord sur la construction de la centrale nucléaire de faible puissance entre Rosatom et l’Agence',
      ],
    ],
    [
      'le projet de déclaration sur la coopération dans le domaine de la sécurité de l’information, que',
      ['déclaration sur la coopération dans le domaine de la sécurité de l’information'],
    ],
    // nested acts are mentions of their own
    [
      'Le protocole sur les modifications de l’accord entre la Fédération de Russie et la République de Biélorussie sur l’égalité des droits de leurs citoyens du 25 décembre 1998, et le protocole sur l’échange de lettres de ratification du traité entre la Fédération de Russie et la République du Bélarus sur les garanties de sécurité.',
      [
        'protocole sur les modifications de l’accord entre la Fédération de Russie et la République de Biélorussie sur l’égalité des droits de leurs citoyens du 25 décembre 1998',
        'accord entre la Fédération de Russie et la République de Biélorussie sur l’égalité des droits de leurs citoyens du 25 décembre 1998',
        'protocole sur l’échange de lettres de ratification du traité entre la Fédération de Russie et la République du Bélarus sur les garanties de sécurité',
        'traité entre la Fédération de Russie et la République du Bélarus sur les garanties de sécurité',
      ],
    ],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    'Un accord est en cours de développement pour créer deux centres.',
    'tous les accords, y compris ceux concernant le conflit, ont été honorés',
    'si la Russie parvient à un accord avec les États-Unis, l’Europe manquera de gaz',
    'Nous avons conclu des accords sur eux, et les gouvernements peuvent continuer',
    'la région finance un programme de traitement de l’hépatite C et du VIH.',
    'le soutien dans le cadre du programme d’État pertinent.',
    'Ces mesures protègent l’organisation des traités de sécurité collective.',
    'Vladimir Poutine et Alexander Lukashenko ont fait des déclarations aux médias.',
    'Vladimir Poutine : D’accord. Il faut préparer la décision.',
    'le territoire du Primorié a signé 43 accords pour un montant total de 1 100 milliards de roubles.',
  ])('no agreement in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('findAgreements: properties and coreference', () => {
  it.each([
    ['la convention de Genève de 1949 sur les prisonniers de guerre.', 'convention', '1949'],
    [
      'l’accord entre la Russie et le Bélarus sur l’égalité des droits du 25 décembre 1998.',
      'agreement',
      '1998-12-25',
    ],
    ['un cessez-le-feu de 30 jours.', 'ceasefire_proposal', null],
    ['la déclaration conjointe.', 'joint_declaration', null],
    [
      'le mémorandum de coopération entre le territoire de Krasnodar et la société Rosneft.',
      'memorandum',
      null,
    ],
    ['le programme de coopération économique pour 2025-2030.', 'programme', null],
  ])('%s → %s, %s', (text, kind, date) => {
    expect(acts(text)[0]?.properties).toMatchObject({ kind, date });
  });

  it('reads the place and date of signing told after the name', () => {
    const [treaty] = acts(
      'le traité bilatéral sur les garanties de sécurité signés à Minsk le 6 décembre 2024, faisant',
    );
    expect(treaty?.properties).toMatchObject({ kind: 'treaty', date: '2024-12-06', place: 'Minsk' });
  });

  it('splits coordinated subjects into two acts and names the second in full', () => {
    const found = acts(
      'D’autres documents signés comprennent les accords intergouvernementaux sur la coopération dans le domaine de la propriété intellectuelle et sur l’égalité des droits pour les consommateurs, ainsi qu’un accord.',
    );
    expect(found.map((c) => [c.name, c.canonical])).toEqual([
      [
        'accords intergouvernementaux sur la coopération dans le domaine de la propriété intellectuelle',
        'accords intergouvernementaux sur la coopération dans le domaine de la propriété intellectuelle',
      ],
      [
        'sur l’égalité des droits pour les consommateurs',
        'accord intergouvernemental sur l’égalité des droits pour les consommateurs',
      ],
    ]);
  });

  it('gives the short and the full names of one act one canonical, and keeps other acts apart', () => {
    const found = acts(
      [
        'le protocole sur l’échange de lettres de ratification du traité entre la Fédération de Russie et la République du Bélarus sur les garanties de sécurité au sein de l’État de l’Union.',
        'Le protocole sur les modifications de l’accord entre la Fédération de Russie et la République de Biélorussie sur l’égalité des droits de leurs citoyens du 25 décembre 1998.',
        'conformément au protocole sur les modifications du traité de 1998 sur l’égalité des droits des citoyens des deux pays qui ont été signés',
        'un échange d’instruments de ratification a eu lieu pour le traité bilatéral sur les garanties de sécurité signés à Minsk',
        'une déclaration conjointe. Des déclarations conjointes.',
        'un cessez-le-feu. Un cessez-le-feu pendant au moins 30 jours.',
        'les 28 programmes développés pour l’intégration économique? Les 28 programmes que nous avons planifiés.',
      ].join('\n'),
    );
    const groups = new Map<string, string[]>();
    for (const c of found)
      groups.set(c.canonical ?? c.name, [...(groups.get(c.canonical ?? c.name) ?? []), c.name]);
    expect([...groups.values()].map((g) => g.length).sort()).toEqual([1, 2, 2, 2, 2, 2, 2]);
    expect(groups.get('programmes développés pour l’intégration économique')).toEqual([
      'programmes développés pour l’intégration économique',
      '28 programmes',
    ]);
  });
});
