import { describe, expect, test } from 'vitest';
import { findParticipation } from '../../src/extract/finders/events/participation.js';
import { findPeople } from '../../src/extract/finders/people/people.js';
import { type DocEvent, peopleDoc } from './support/people-doc.js';

/** [event index, person surface form, role] rows of findParticipation on events written as lines. */
function participation(...events: DocEvent[]) {
  const doc = peopleDoc(...events);
  return findParticipation(doc, findPeople(doc)).map((r) => {
    expect(r.evidence.end).toBeGreaterThan(r.evidence.start);
    return [
      'event' in r.target ? r.target.event : 0,
      'candidate' in r.source ? r.source.candidate.name : '',
      r.properties?.role,
    ];
  });
}

describe('findParticipation', () => {
  test('the principal hosts every event, even one that names him only as "le président"', () => {
    const rows = participation(
      {
        title: 'Rencontre avec le gouverneur du territoire de Perm Dmitry Makhonin',
        lines: ['Dmitry Makhonin a informé le président du développement de la région.'],
      },
      {
        title: 'Visite d’un poste de commandement du groupe de forces à Kursk',
        kind: 'visit',
        lines: [
          'Vladimir Poutine a présidé une réunion. Le commandant suprême en chef a été informé par le chef d’état-major général des forces armées de la Russie – le premier vice-ministre de la Défense – Valery Gerasimov.',
          { speaker: 'Valery Gerasimov', says: 'Cela conclut mon rapport.' },
          {
            title: 'Président de la Russie',
            speaker: 'Vladimir Poutine',
            says: 'Mr. Gerasimov a mentionné les prisonniers. Je remercie Mr. Trump.',
          },
        ],
      },
      {
        title: 'Pourparlers russo-biélorusses',
        kind: 'talks',
        lines: [
          'Vladimir Poutine a eu des pourparlers au Kremlin avec le président de la République du Bélarus Alexander Lukashenko.',
          {
            title: 'Président de la Russie',
            speaker: 'Vladimir Poutine',
            says: 'Mr. Lukashenko, je suis ravi de vous voir.',
          },
        ],
      },
    );
    expect(rows).toEqual([
      [1, 'Vladimir Poutine', 'host'],
      [1, 'Dmitry Makhonin', 'guest'],
      [2, 'Vladimir Poutine', 'host'],
      [2, 'Valery Gerasimov', 'briefer'],
      [3, 'Vladimir Poutine', 'host'],
      [3, 'Alexander Lukashenko', 'guest'],
    ]);
  });

  test('press conference: journalists by self-introduction or by their question; people only mentioned stay out', () => {
    const rows = participation({
      title: 'Conférence de presse conjointe avec le président du Bélarus Alexander Lukashenko',
      kind: 'press_conference',
      lines: [
        'Vladimir Poutine et Alexander Lukashenko ont répondu aux questions des journalistes.',
        {
          title: 'Président de la Russie',
          speaker: 'Vladimir Poutine',
          says: 'Je remercie le président des États-Unis, Mr. Trump.',
        },
        {
          speaker: 'Natalya Breus',
          says: 'Bonjour. Natalya Breus, la première chaîne d’information, le Bélarus.',
          journalist: { name: 'Natalya Breus', outlet: 'la première chaîne d’information' },
        },
        'Mr. Lukashenko, Mr. Poutine, ma question concerne les sanctions?',
        { speaker: 'Vladimir Poutine', says: 'Concernant la substitution d’importation.' },
        { speaker: 'Alexander Lukashenko', says: 'J’ai parlé à Vladimir Zelensky. Quelle question?' },
        {
          speaker: 'Olga Knyazeva',
          says: 'Bonjour. Ma première question est adressée au président Poutine?',
        },
        { speaker: 'Vladimir Poutine', says: 'Quant au cessez-le-feu, je vais vous le dire.' },
      ],
    });
    expect(rows).toEqual([
      [1, 'Vladimir Poutine', 'host'],
      [1, 'Natalya Breus', 'journalist'],
      [1, 'Alexander Lukashenko', 'guest'],
      [1, 'Olga Knyazeva', 'journalist'],
    ]);
  });
});

describe('findParticipation: attendance sentences', () => {
  test('everyone an "Ont participé à la réunion" sentence names takes part; people only mentioned do not', () => {
    const rows = participation({
      title: 'Réunion avec les membres permanents du Conseil de sécurité',
      lines: [
        'Vladimir Poutine a tenu une réunion opérationnelle avec les membres permanents du Conseil de sécurité.',
        'Ont participé à la réunion le président de la Douma d’État Vyacheslav Volodin, le ministre des Affaires étrangères Sergei Lavrov et le directeur du Service fédéral de sécurité Alexander Bortnikov.',
        { speaker: 'Vladimir Poutine', says: 'Bonjour, chers collègues. Monsieur Trump a appelé hier.' },
      ],
    });
    const names = rows.map((r) => r[1]);
    expect(names).toEqual(
      expect.arrayContaining(['Vyacheslav Volodin', 'Sergei Lavrov', 'Alexander Bortnikov']),
    );
    expect(rows.filter((r) => r[1] === 'Sergei Lavrov')[0]![2]).toBe('participant');
    expect(names).not.toContain('Trump');
  });
});

describe('findParticipation: who was there', () => {
  const roles = (title: string, kind: DocEvent['kind'], lines: DocEvent['lines']) =>
    participation({ title, kind, lines }).map((r) => `${r[1]}:${r[2]}`);

  test.each<[string, DocEvent['kind'], string, string[], string[]]>([
    [
      'delegations on both sides, after the lead',
      'talks',
      'Du côté russe, y ont pris part le ministre de l’Industrie Anton Alikhanov et le conseiller du président Maxime Orechkine. La délégation malienne comprenait le ministre Abdoulaye Diop.',
      ['Anton Alikhanov:participant', 'Maxime Orechkine:participant', 'Abdoulaye Diop:participant'],
      [],
    ],
    [
      'an attendee by videoconference, named before the verb',
      'meeting',
      'Le commandant de la flotte de la Baltique, l’amiral Vladimir Vorobiov, a participé à la réunion par vidéoconférence.',
      ['Vladimir Vorobiov:participant'],
      [],
    ],
    [
      'signatories at the talks',
      'talks',
      'À l’issue des pourparlers, l’accord sur la pêche a été signé par le ministre Ilia Fomine et par le ministre Abdoulaye Diop.',
      ['Ilia Fomine:participant', 'Abdoulaye Diop:participant'],
      [],
    ],
    [
      'a signature of long ago is history',
      'talks',
      'Le traité d’amitié a été signé en 1994 par Boris Eltsine et Alpha Konaré.',
      [],
      ['Boris Eltsine', 'Alpha Konaré'],
    ],
    [
      'nobody signs on the telephone',
      'call',
      'Les ministres Sergueï Lavrov et Abdoulaye Diop ont signé un protocole la veille.',
      [],
      ['Sergueï Lavrov', 'Abdoulaye Diop'],
    ],
    [
      'award recipients at a ceremony',
      'ceremony',
      'L’ordre de l’Amitié a été remis à l’institutrice de Kazan Irina Volkova et au pilote Oleg Sokolov.',
      ['Irina Volkova:guest', 'Oleg Sokolov:guest'],
      [],
    ],
    [
      'someone greeted in a speech is not thereby present',
      'meeting',
      'Le gouverneur a noté que le héros Ivan Sidorov est présent ici.',
      [],
      ['Ivan Sidorov'],
    ],
  ])('%s', (_, kind, line, present, absent) => {
    // The third paragraph: past the lead, where only the cue of the sentence can tell.
    const rows = roles('Réunion de travail', kind, [
      'Vladimir Poutine a tenu une réunion de travail.',
      'Les participants ont discuté de l’économie.',
      line,
    ]);
    expect(rows).toEqual(expect.arrayContaining(present));
    for (const name of absent) expect(rows.some((r) => r.startsWith(`${name}:`))).toBe(false);
  });

  test('a meeting announced for later ("rencontrera") is no participation in this one', () => {
    const rows = roles('Conversation téléphonique avec le ministre Abdoulaye Diop', 'call', [
      'Vladimir Poutine a eu une conversation avec le ministre Abdoulaye Diop, qui se rendra à Moscou et rencontrera Sergueï Lavrov.',
    ]);
    expect(rows).toContain('Abdoulaye Diop:guest');
    expect(rows.some((r) => r.startsWith('Sergueï Lavrov:'))).toBe(false);
  });

  test('a single page: the guest its title meets is no host, however often it names him', () => {
    const rows = participation({
      title: 'Rencontre avec le gouverneur de la région de Tver Igor Roudenia',
      lines: [
        'Igor Roudenia a présenté un rapport sur la région.',
        'Igor Roudenia a évoqué l’industrie. Igor Rudenia a parlé des routes.',
        'Vladimir Poutine a soutenu le projet.',
      ],
    });
    expect(rows.slice(0, 2)).toEqual([
      [1, 'Vladimir Poutine', 'host'],
      [1, 'Igor Roudenia', 'guest'],
    ]);
  });
});
