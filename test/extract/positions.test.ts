import { describe, expect, test } from 'vitest';
import { findPeople } from '../../src/extract/finders/people/people.js';
import { findPositions } from '../../src/extract/finders/positions/positions.js';
import type { Candidate, RelationCandidate } from '../../src/extract/core/types.js';
import { type DocLine, candidateAt, peopleDoc } from './support/people-doc.js';

const nameOf = (e: RelationCandidate['source']) => ('candidate' in e ? e.candidate.name : `event ${e.event}`);

/** Runs findPeople + findPositions on one event; `others` lists [type, surface, kind?] of the other finders' candidates. */
function positions(lines: DocLine[], others: Array<[Candidate['type'], string, string?]>) {
  const doc = peopleDoc({ title: 'Réunion', lines });
  const found = [
    ...findPeople(doc),
    ...others.map(([type, name, kind]) => candidateAt(doc, type, name, 0, kind)),
  ];
  return findPositions(doc, found).map((r) => {
    expect(doc.text.slice(r.evidence.start, r.evidence.end)).toContain(nameOf(r.source));
    return [nameOf(r.source), nameOf(r.target), r.properties?.title];
  });
}

describe('findPositions', () => {
  test.each<[string, Array<[Candidate['type'], string, string?]>, unknown[]]>([
    [
      'Rencontre avec le gouverneur du territoire de Perm Dmitry Makhonin',
      [['Region', 'territoire de Perm']],
      [['Dmitry Makhonin', 'territoire de Perm', 'gouverneur']],
    ],
    [
      'Lors de la réunion avec le gouverneur de la région d’Arkhangelsk, Alexander Tsybulsky.',
      [['Region', 'région d’Arkhangelsk']],
      [['Alexander Tsybulsky', 'région d’Arkhangelsk', 'gouverneur']],
    ],
    [
      'Il a eu des pourparlers avec le président de la République du Bélarus Alexander Lukashenko.',
      [['Region', 'Bélarus', 'country']],
      [['Alexander Lukashenko', 'Bélarus', 'président de la République']],
    ],
    [
      'Je remercie le président des États-Unis, Mr. Trump, pour son attention.',
      [['Region', 'États-Unis', 'country']],
      [['Trump', 'États-Unis', 'président']],
    ],
    [
      'Le commandant suprême en chef a été informé par le chef d’état-major général des forces armées de la Russie – le premier vice-ministre de la Défense – Valery Gerasimov.',
      [
        ['Organization', 'état-major général'],
        ['Organization', 'forces armées de la Russie'],
        ['Region', 'Russie', 'country'],
      ],
      [
        [
          'Valery Gerasimov',
          'état-major général',
          'chef d’état-major général des forces armées de la Russie',
        ],
        ['Valery Gerasimov', 'Russie', 'premier vice-ministre de la Défense'],
      ],
    ],
    [
      'Boris Gryzlov [ambassadeur extraordinaire et plénipotentiaire de la Fédération de Russie à la République du Bélarus] est présent ici.',
      [
        ['Region', 'Fédération de Russie', 'country'],
        ['Region', 'République du Bélarus', 'country'],
      ],
      [['Boris Gryzlov', 'Fédération de Russie', 'ambassadeur extraordinaire et plénipotentiaire']],
    ],
    // A post that names no place holds nothing we can point to.
    ['Dmitry Peskov, porte-parole du président, a confirmé.', [], []],
    // Trump is mentioned beside a post that is someone else's.
    ['Le président du Bélarus a parlé avec Donald Trump.', [['Region', 'Bélarus', 'country']], []],
  ])('%s', (line, others, expected) => {
    expect(positions([line], others)).toEqual(expected);
  });

  test('a speaker’s title and a journalist’s outlet', () => {
    const rows = positions(
      [
        {
          title: 'Président de la Russie',
          speaker: 'Vladimir Poutine',
          says: 'Mr. Lukashenko, je suis ravi de vous voir.',
        },
        {
          speaker: 'Anna Pyzh',
          says: 'Bonsoir. Je suis Anna Pyzh de la chaîne de télévision ONT.',
          journalist: { name: 'Anna Pyzh', outlet: 'la chaîne de télévision ONT' },
        },
      ],
      [
        ['Region', 'Russie', 'country'],
        ['Organization', 'ONT', 'media'],
      ],
    );
    expect(rows).toEqual([
      ['Vladimir Poutine', 'Russie', 'Président'],
      ['Anna Pyzh', 'ONT', 'journaliste'],
    ]);
  });
});

describe('findPositions: the country of a post that names none', () => {
  test.each<[string[], Array<[Candidate['type'], string, string?]>, unknown[]]>([
    [
      ['Le chancelier allemand Friedrich Merz a appelé.', 'Les relations avec l’Allemagne ont été évoquées.'],
      [['Region', 'Allemagne', 'country']],
      [['Friedrich Merz', 'Allemagne', 'chancelier allemand']],
    ],
    [
      ['La ministre mongole des Affaires étrangères Nomin Tsend a été reçue en Mongolie.'],
      [['Region', 'Mongolie', 'country']],
      [['Nomin Tsend', 'Mongolie', 'ministre mongole des Affaires étrangères']],
    ],
    [
      [
        'Visite en Ouzbékistan.',
        'La délégation ouzbèke comprenait le ministre de l’Énergie Jourabek Mirzamakhmoudov.',
      ],
      [['Region', 'Ouzbékistan', 'country']],
      [['Jourabek Mirzamakhmoudov', 'Ouzbékistan', 'ministre de l’Énergie']],
    ],
    [
      ['Le ministre des Transports Pavel Orlov a présenté le rapport de la Fédération de Russie.'],
      [['Region', 'Fédération de Russie', 'country']],
      [['Pavel Orlov', 'Fédération de Russie', 'ministre des Transports']],
    ],
    [
      ['L’assistant du président Iouri Sokolov a parlé de la Fédération de Russie.'],
      [['Region', 'Fédération de Russie', 'country']],
      [['Iouri Sokolov', 'Fédération de Russie', 'assistant du président']],
    ],
    // a place the gazetteer does not know is still a place: not the host's minister
    [
      ['Le ministre de l’Énergie de Zemlandie Ivan Orlov a parlé de la Fédération de Russie.'],
      [['Region', 'Fédération de Russie', 'country']],
      [],
    ],
    // a plural post is held by every name of the list after it; a singular one by the first only
    [
      [
        'Étaient présents les vice-Premiers ministres Olga Lebedeva, Pavel Orlov et Ivan Sokolov de la Fédération de Russie.',
      ],
      [['Region', 'Fédération de Russie', 'country']],
      [
        ['Olga Lebedeva', 'Fédération de Russie', 'vice-Premiers ministres'],
        ['Pavel Orlov', 'Fédération de Russie', 'vice-Premiers ministres'],
        ['Ivan Sokolov', 'Fédération de Russie', 'vice-Premiers ministres'],
      ],
    ],
    [
      ['Le ministre des Sports Ivan Orlov et Pavel Sokolov ont parlé de la Fédération de Russie.'],
      [['Region', 'Fédération de Russie', 'country']],
      [['Ivan Orlov', 'Fédération de Russie', 'ministre des Sports']],
    ],
    // "le président kirghiz" opens a clause of its own: the Premier ministre is not Kyrgyz
    [
      [
        'Le président kirghiz rencontrera demain le Premier ministre Mikhaïl Orlov au Kirghizistan et en Fédération de Russie.',
      ],
      [
        ['Region', 'Kirghizistan', 'country'],
        ['Region', 'Fédération de Russie', 'country'],
      ],
      [['Mikhaïl Orlov', 'Fédération de Russie', 'Premier ministre']],
    ],
  ])('%j', (lines, others, expected) => {
    expect(positions(lines, others)).toEqual(expected);
  });
});

test('a speaker who repeats their name then an outlet is its journalist', () => {
  const rows = positions(
    [
      {
        speaker: 'Olga Petrova',
        says: 'Bonjour, Olga Petrova, agence Interfax, Russie. Une question au président.',
      },
      { speaker: 'Ivan Orlov', says: 'Ivan Orlov, Rosneft, a beaucoup investi, je crois.' },
    ],
    [
      ['Organization', 'agence Interfax', 'media'],
      ['Organization', 'Rosneft', 'company'],
    ],
  );
  expect(rows).toEqual([['Olga Petrova', 'agence Interfax', 'journaliste']]);
});
