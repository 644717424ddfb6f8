import { describe, expect, test } from 'vitest';
import type { ParsedDocument } from '../../src/model/index.js';
import { findHeldIn } from '../../src/extract/finders/places/held-in.js';
import { findLocatedIn } from '../../src/extract/finders/places/located-in.js';
import { findOrganizations } from '../../src/extract/finders/organizations/organizations.js';
import { findPartOf } from '../../src/extract/finders/places/part-of-regions.js';
import { findPartnerOf } from '../../src/extract/finders/places/partner-of.js';
import { findRegions } from '../../src/extract/finders/places/regions.js';
import type { Endpoint, RelationFinder } from '../../src/extract/core/types.js';
import { regionsDoc, type RegionsTestEvent } from './support/regions-doc.js';

const label = (e: Endpoint) => ('event' in e ? `event ${e.event}` : e.candidate.name);

function pairs(find: RelationFinder, events: RegionsTestEvent[]): string[] {
  const doc: ParsedDocument = regionsDoc(events);
  const found = [...findRegions(doc), ...findOrganizations(doc)];
  const rels = find(doc, found);
  for (const r of rels) expect(doc.text.slice(r.evidence.start, r.evidence.end).length).toBeGreaterThan(0);
  return rels.map((r) => `${label(r.source)} → ${label(r.target)}`);
}

const PERM = 'Rencontre avec le gouverneur du territoire de Perm Dmitry Makhonin';
const ARKH = 'Rencontre avec le gouverneur de la région d’Arkhangelsk, Alexander Tsybulsky';

describe('findHeldIn', () => {
  test.each([
    ['Kremlin-Moscou', ['event 1 → Kremlin', 'event 1 → Moscou']],
    ['Novo-Ogaryovo, région de Moscou', ['event 1 → Novo-Ogaryovo', 'event 1 → région de Moscou']],
    ['Région de Kursk', ['event 1 → Région de Kursk']],
    ['vidéoconférence', []],
  ])('place line %s', (place, expected) =>
    expect(pairs(findHeldIn, [{ title: 'Réunion', place, body: ['La Chine et l’Inde.'] }])).toEqual(expected),
  );

  test('without a place line, the title places the event', () => {
    expect(
      pairs(findHeldIn, [{ title: 'Visite d’un poste de commandement à Koursk', body: ['Moscou.'] }]),
    ).toEqual(['event 1 → Koursk']);
  });
});

describe('findLocatedIn', () => {
  test('the companies a governor lists are in his region; partners ("avec X") and federal bodies are not', () => {
    expect(
      pairs(findLocatedIn, [
        {
          title: PERM,
          place: 'Kremlin-Moscou',
          body: [
            'Six projets d’investissement sont en cours par Uralkali, Acron et Eurochem.',
            'D’autres plans de développement sont discutés avec Roskhim.',
            'Le projet est lancé conjointement avec les chemins de fer russes et Rosatom.',
            'Le chantier naval Perm, qui a une coopération établie, travaille avec le bureau du maire de Moscou.',
          ],
        },
      ]),
    ).toEqual([
      'Uralkali → territoire de Perm',
      'Acron → territoire de Perm',
      'Eurochem → territoire de Perm',
      'chantier naval Perm → territoire de Perm',
      'bureau du maire de Moscou → Moscou',
    ]);
  });

  test('a name or a locative places an organisation outside governors’ meetings', () => {
    expect(
      pairs(findLocatedIn, [
        {
          title: 'Réunion du Conseil de sécurité',
          body: [
            'Sur la base de l’Université d’entreprise du gouvernement de la région d’Arkhangelsk, un programme a été lancé.',
            'Novatek a investi à Iekaterinbourg et Sibur dans la région de Tomsk.',
            'Novatek et Sibur ont signé.',
            'Gazprom a investi à Omsk. Le Fonds des défenseurs de la patrie aide les anciens combattants dans le Kouzbass.',
            'L’ambassade de Russie à La Havane a transmis le message.',
          ],
        },
        {
          title: 'Conférence de presse',
          body: ['Natalya Breus, la première chaîne d’information, le Bélarus.'],
          outlet: [0, 'la première chaîne d’information'],
        },
      ]),
    ).toEqual([
      'Université d’entreprise du gouvernement de la région d’Arkhangelsk → région d’Arkhangelsk',
      'Novatek → Iekaterinbourg',
      'Sibur → région de Tomsk',
      'ambassade de Russie → La Havane',
      'première chaîne d’information → Bélarus',
    ]);
  });
});

describe('findLocatedIn: towns in a body’s own name', () => {
  test('a town in the name places the body only where the text also names the town on its own', () => {
    expect(
      pairs(findLocatedIn, [
        {
          title: 'Rencontre avec le gouverneur de la région de Iaroslavl Mikhaïl Evraïev',
          place: 'Kremlin-Moscou',
          body: [
            'L’usine de moteurs de Rybinsk a doublé sa production, et Rybinsk accueille un nouveau parc.',
            'La Compagnie textile de Pereslavl a ouvert un atelier.',
            'La co-entreprise Volgatex, basée à Ouglitch, exporte.',
            'Le contrat avec la société finlandaise Norrtex, signé en Finlande, est prolongé.',
          ],
        },
      ]),
    ).toEqual([
      'usine de moteurs de Rybinsk → Rybinsk',
      'Compagnie textile de Pereslavl → région de Iaroslavl',
      'Volgatex → Ouglitch',
      'Norrtex → Finlande',
    ]);
  });
});

describe('findPartOf', () => {
  test('a company owned by another', () => {
    expect(
      pairs(findPartOf, [
        {
          title: 'Réunion',
          body: [
            'La compagnie Tatneft, filiale de Rosneft, a foré.',
            'L’usine de pneus de Kazan, qui appartient à Sibur, a produit plus.',
          ],
        },
      ]),
    ).toEqual(['Tatneft → Rosneft', 'usine de pneus de Kazan → Sibur']);
  });

  test('stated, lexicon and event-focus containment between regions', () => {
    expect(
      pairs(findPartOf, [
        {
          title: PERM,
          place: 'Kremlin-Moscou',
          body: [
            'Il a mentionné le 100e anniversaire du district de Komi-Permyak.',
            'Le territoire est deuxième du district fédéral de Volga en termes de taux de natalité.',
            'L’aide à la ville de Severodonetk dans la République populaire de Lugansk continue.',
          ],
        },
        {
          title: 'Visite d’un poste de commandement',
          place: 'Région de Kursk',
          body: [
            'Dans le secteur de Nikolskoye et dans la région de Sommen de l’Ukraine.',
            'Minsk et le Bélarus, Arkhangelsk et la région d’Arkhangelsk.',
          ],
        },
      ]),
    ).toEqual([
      'territoire de Perm → district fédéral de Volga',
      'Kremlin → Moscou',
      'district de Komi-Permyak → territoire de Perm',
      'Severodonetk → République populaire de Lugansk',
      'région de Sommen → Ukraine',
      'Nikolskoye → Région de Kursk',
    ]);
  });

  test('coordinated places and a region that sets the scene at the head of the sentence', () => {
    expect(
      pairs(findPartOf, [
        {
          title: 'Réunion avec les membres du Conseil de sécurité',
          place: 'Kremlin-Moscou',
          body: [
            'Les localités de Novoalexandrovka et de Kalinovo dans la République populaire de Donetsk ont été libérées.',
            'Dans la région de Nijni Novgorod, sur le polygone de Mulino, les unités ont mené une offensive.',
            'Au Bélarus, sur le polygone d’Obuz-Lesnovsky, la brigade a opéré.',
          ],
        },
      ]),
    ).toEqual([
      'Kremlin → Moscou',
      'Kalinovo → République populaire de Donetsk',
      'Novoalexandrovka → République populaire de Donetsk',
      'polygone de Mulino → région de Nijni Novgorod',
      'polygone d’Obuz-Lesnovsky → Bélarus',
    ]);
  });

  test('a body named as part of another', () => {
    expect(
      pairs(findPartOf, [
        {
          title: 'Réunion',
          body: [
            'Je remercie la direction des opérations de l’état-major général.',
            'Le chef d’état-major général des forces armées de la Russie a fait rapport.',
          ],
        },
      ]),
    ).toEqual([
      'direction des opérations → état-major général',
      'état-major général → forces armées de la Russie',
    ]);
  });
});

describe('findPartnerOf', () => {
  test.each([
    [
      ARKH,
      'Le gouverneur a déclaré que le travail avec la région partenaire – la région de Zaporozhye – se poursuit.',
      ['région d’Arkhangelsk → région de Zaporozhye'],
    ],
    [
      PERM,
      'Dmitry Makhonin a également parlé de l’aide à la ville de Severodonetk dans la République populaire de Lugansk.',
      ['territoire de Perm → Severodonetk'],
    ],
    [
      'Pourparlers',
      'En tant que principal partenaire économique du Bélarus, la Russie représente 60% de son commerce.',
      ['Bélarus → Russie'],
    ],
    [
      'Pourparlers',
      'Nous avons une position unifiée avec la Fédération de Russie sur le conflit en Ukraine, devant nos alliés et partenaires.',
      [],
    ],
    ['Pourparlers', 'La région de Kursk et la région de Belgorod ont reçu de l’aide.', []],
    [
      'Pourparlers',
      'Le partenariat stratégique et l’alliance entre la Russie et le Bélarus se développent.',
      ['Russie → Bélarus'],
    ],
    ['Réunion', 'Nos partenaires du Tadjikistan et de l’Ouzbékistan s’inquiètent.', []],
    ['Message', 'La Russie et Cuba sont des partenaires stratégiques.', ['Russie → Cuba']],
    [
      'Réunion',
      'Le gouverneur a remercié la ville de Saint-Pétersbourg, région marraine de Marioupol, ville de la République populaire de Donetsk.',
      ['ville de Saint-Pétersbourg → Marioupol'],
    ],
    [
      'Rencontre avec le gouverneur de la région de Belgorod Viatcheslav Gladkov',
      'Le gouverneur a cité la ville jumelle de Belgorod, Lisitchansk, dans la République populaire de Lugansk.',
      ['région de Belgorod → Lisitchansk'],
    ],
    // The other side of the talks: the guest's country when Russia is the partner, else Russia.
    [
      'Entretien téléphonique avec le président du Chili',
      'La Russie est pour nous un allié sûr et ancien.',
      ['Russie → Chili'],
    ],
    [
      'Pourparlers avec le Premier ministre de la Malaisie',
      'La Russie et nous restons en contact. La Malaisie figure parmi nos partenaires clés en Asie.',
      ['Malaisie → Russie'],
    ],
    [
      'Conversation téléphonique avec le roi de Bahreïn',
      'Les deux dirigeants ont salué the partnership between the two countries. La Russie reste active.',
      ['Russie → Bahreïn'],
    ],
    ['Message', 'La Russie est un partenaire solide pour l’Asie centrale.', ['Russie → Asie centrale']],
    [
      'Entretien avec le président du Chili',
      'La Russie a salué le partenariat stratégique des relations russo-chiliennes.',
      ['Russie → Chili'],
    ],
    [
      'Entretien avec le président de la Serbie',
      'La Serbie est invitée au Forum de partenariat Russie–Afrique.',
      [],
    ],
    [
      'Pourparlers',
      'Le traité de partenariat entre la Fédération de Russie et la République du Paraguay a été évoqué.',
      ['Fédération de Russie → Paraguay'],
    ],
    // Both sides named around "entre … et la ville de …": no patron to guess from the event.
    [
      'Rencontre avec le gouverneur de la région de Belgorod Viatcheslav Gladkov',
      'Il a évoqué le jumelage entre Orel et la ville serbe de Nis.',
      ['Orel → Nis'],
    ],
    [
      'Rencontre avec le gouverneur de la région de Belgorod Viatcheslav Gladkov',
      'Il a parlé de l’aide à la ville de Starobelsk dans la République populaire de Lugansk, que la région de Koursk parraine.',
      ['région de Koursk → Starobelsk'],
    ],
    [
      'Rencontre avec le chef de la République de Bouriatie',
      'Un accord de coopération entre la République de Bouriatie et l’aïmag de Selenge a été signé.',
      ['République de Bouriatie → aïmag de Selenge'],
    ],
  ])('%s: %s', (title, line, expected) =>
    expect(pairs(findPartnerOf, [{ title, place: 'Kremlin-Moscou', body: [line] }])).toEqual(expected),
  );
});
