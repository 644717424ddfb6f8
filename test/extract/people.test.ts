import { describe, expect, test } from 'vitest';
import { findPeople } from '../../src/extract/finders/people/people.js';
import { peopleDoc } from './support/people-doc.js';

const namesIn = (...lines: string[]) => findPeople(peopleDoc({ title: 'Réunion', lines })).map((c) => c.name);

describe('findPeople: who is a person', () => {
  test.each([
    ['Dmitry Makhonin a informé le président.', ['Dmitry Makhonin']],
    ['Rencontre avec le gouverneur du territoire de Perm Dmitry Makhonin.', ['Dmitry Makhonin']],
    [
      'Lors de la réunion avec le gouverneur de la région d’Arkhangelsk, Alexander Tsybulsky.',
      ['Alexander Tsybulsky'],
    ],
    [
      'Il s’agit de la première visite d’Alexander Lukashenko depuis sa réélection.',
      ['Alexander Lukashenko'],
    ],
    ['Je voudrais remercier le président des États-Unis, Mr. Trump, pour son attention.', ['Trump']],
    ['Mr. Lukashnko, avez-vous exprimé des souhaits?', ['Lukashnko']],
    ['Je suis sincèrement ravi d’accueillir le président Lukashenko au Kremlin.', ['Lukashenko']],
    ['Madame Pamfilova, merci. Monsieur Peskov a confirmé.', ['Pamfilova', 'Peskov']],
    ['Sergueï Lavrov et Maria Zakharova ont répondu.', ['Sergueï Lavrov', 'Maria Zakharova']],
    ['V. Poutine a signé le décret.', ['V. Poutine']],
    ['Ursula von der Leyen a parlé.', ['Ursula von der Leyen']],
  ])('%s', (line, expected) => {
    expect(namesIn(line)).toEqual(expected);
  });

  test.each([
    ['Monsieur le Président, chers collègues,'],
    ['Mr. Président, collègues, amis, femmes et messieurs,'],
    ['Le Kama Pulp and Paper Mill est opérationnel; Victory Train est lancé.'],
    ['La 810th Marine Brigade et les Akhmat Special Forces ont avancé.'],
    ['Le 10 Mars, la région de Vladimir a voté.'],
    ['camarade Suprême commandant en chef,'],
  ])('no person in %s', (line) => {
    expect(namesIn(line)).toEqual([]);
  });

  test('surname-only mentions of people already named, typos included in cue forms', () => {
    const names = namesIn(
      'J’ai parlé à Vladimir Zelensky.',
      'Celui-ci [Zelensky] s’est engagé. Zelensky a été expulsé.',
      'Makhonin a parlé.',
    );
    expect(names).toEqual(['Vladimir Zelensky', 'Zelensky', 'Zelensky']);
  });

  test('speaker turns and journalists give people with their posts', () => {
    const doc = peopleDoc({
      title: 'Conférence de presse',
      kind: 'press_conference',
      lines: [
        { title: 'Président de la Russie', speaker: 'Vladimir Poutine', says: 'Mr. Président, collègues,' },
        {
          speaker: 'Ilya Yezhov',
          says: 'Bonjour. Ilya Yezhov, Ria Novosti.',
          journalist: { name: 'Ilya Yezhov', outlet: 'Ria Novosti' },
        },
      ],
    });
    const found = findPeople(doc).map((c) => [c.name, c.event, c.properties?.titles ?? []]);
    expect(found).toEqual([
      ['Vladimir Poutine', 1, ['Président de la Russie']],
      ['Ilya Yezhov', 1, []],
      ['Ilya Yezhov', 1, ['journaliste']],
    ]);
  });

  test('every candidate slices the text to its name', () => {
    const doc = peopleDoc({ title: 'Rencontre avec Anna Pyzh', lines: ['Mr. Gerasimov et V. Poutine.'] });
    for (const c of findPeople(doc)) expect(doc.text.slice(c.span.start, c.span.end)).toBe(c.name);
  });
});

describe('findPeople: titles stated around a name', () => {
  test.each([
    [
      'Rencontre avec le gouverneur du territoire de Perm Dmitry Makhonin',
      ['gouverneur du territoire de Perm'],
    ],
    [
      'Le commandant suprême en chef a été informé par le chef d’état-major général des forces armées de la Russie – le premier vice-ministre de la Défense – Valery Gerasimov.',
      ['chef d’état-major général des forces armées de la Russie', 'premier vice-ministre de la Défense'],
    ],
    [
      'Boris Gryzlov [ambassadeur extraordinaire et plénipotentiaire de la Fédération de Russie à la République du Bélarus] est présent ici.',
      [
        'ambassadeur extraordinaire et plénipotentiaire de la Fédération de Russie à la République du Bélarus',
      ],
    ],
    ['Dmitry Peskov, porte-parole du président, a confirmé.', ['porte-parole du président']],
    [
      'Il a eu des pourparlers avec le président de la République du Bélarus Alexander Lukashenko.',
      ['président de la République du Bélarus'],
    ],
    ['L’individu bien connu du président Poutine et de moi-même – Petr Porochenko.', []],
    // "Est" names the group, it is not the verb "est"
    [
      'Le commandant du groupe de forces Est, le colonel général Igor Orlov, a participé.',
      ['commandant du groupe de forces Est', 'colonel général'],
    ],
  ])('%s', (line, titles) => {
    const people = findPeople(peopleDoc({ title: 'Réunion', lines: [line] }));
    const last = people.at(-1)!;
    expect(last.properties?.titles ?? []).toEqual(titles);
  });
});

describe('findPeople: forms of address', () => {
  const canonicals = (...lines: string[]) =>
    findPeople(peopleDoc({ title: 'Réunion', lines })).map((c) => [c.name, c.canonical]);

  test.each<[string[], unknown[]]>([
    [
      ['Igor Setchine a présenté le rapport.', 'Igor Ivanovitch, merci beaucoup.'],
      [
        ['Igor Setchine', undefined],
        ['Igor Ivanovitch', 'Igor Setchine'],
      ],
    ],
    [
      ['Elvira Nabioullina : Merci.', 'Elvira Sakhipzadovna, une question encore.'],
      [
        ['Elvira Nabioullina', undefined],
        ['Elvira Sakhipzadovna', 'Elvira Nabioullina'],
      ],
    ],
    // a surname shaped like a patronymic, with no one else of that first name: a person of its own
    [['Roman Abramovitch a été cité.'], [['Roman Abramovitch', undefined]]],
  ])('%j', (lines, expected) => {
    expect(canonicals(...lines)).toEqual(expected);
  });
});

describe('findPeople: long and Arabic names', () => {
  test.each([
    ['Entretien avec Luiz Inácio Lula da Silva au Kremlin.', ['Luiz Inácio Lula da Silva']],
    ['Il a appelé Mohammed ben Salmane Al Saoud hier.', ['Mohammed ben Salmane Al Saoud']],
    ['Le président Abdel Fattah al-Sissi a été invité.', ['Abdel Fattah al-Sissi']],
  ])('%s', (line, expected) => {
    expect(namesIn(line)).toEqual(expected);
  });
});

describe('findPeople: holders named after their post, first name known or not', () => {
  test.each([
    [
      'La délégation comprenait le ministre des Finances Baktygoul Jeenbaeva et le ministre de la Santé Erkin Tchechenov.',
      ['Baktygoul Jeenbaeva', 'Erkin Tchechenov'],
    ],
    [
      'Il a félicité le roi du Royaume du Maroc Mohammed VI à l’occasion de la fête du Trône.',
      ['Mohammed VI'],
    ],
    [
      'Un message a été adressé au Premier ministre de la Thaïlande Paetongtarn Shinawatra.',
      ['Paetongtarn Shinawatra'],
    ],
    [
      'Étaient présents le chef de l’Institut de physique et de chimie Farkhod Ousmonov.',
      ['Farkhod Ousmonov'],
    ],
    [
      'Ont pris part le ministre des Affaires étrangères Retno et le secrétaire du Conseil Ivan Petrov.',
      ['Retno', 'Ivan Petrov'],
    ],
    ['Rencontre avec le gouverneur de la région de Toula Alexeï DIOUMINE', ['Alexeï DIOUMINE']],
    ['• Rencontre avec le gouverneur de la région de Tver IGOR ROUDENIA – 12.05.2023', ['IGOR ROUDENIA']],
    ['Le président du groupe minier Nordvik Holding a présenté le projet.', []],
    ['Le gouverneur de la région de Qachqadaria a présenté le projet.', []],
    ['Le Premier ministre de l’Inde a évoqué la centrale de Koudankoulam II.', []],
  ])('%s', (line, expected) => {
    expect(namesIn(line)).toEqual(expected);
  });
});

describe('findPeople: each post of a list stays with its own holder', () => {
  test.each<[string, Array<[string, string[]]>]>([
    [
      'Ont pris part le conseiller du président Oleg Baranov, le ministre des Sports Ivan Orlov et le vice-Premier ministre Pavel Sokolov.',
      [
        ['Oleg Baranov', ['conseiller du président']],
        ['Ivan Orlov', ['ministre des Sports']],
        ['Pavel Sokolov', ['vice-Premier ministre']],
      ],
    ],
    [
      'Étaient présents la présidente du Conseil de la Fédération Irina Volkova, le président de la Douma Boris Lebedev.',
      [
        ['Irina Volkova', ['présidente du Conseil de la Fédération']],
        ['Boris Lebedev', ['président de la Douma']],
      ],
    ],
  ])('%s', (line, expected) => {
    const people = findPeople(peopleDoc({ title: 'Réunion', lines: [line] }));
    expect(people.map((c) => [c.name, c.properties?.titles ?? []])).toEqual(expected);
  });
});

test('a speaker named surname first reads as first name + surname', () => {
  const doc = peopleDoc({
    title: 'Réunion',
    lines: [{ speaker: 'Orlov Pavel', says: 'Monsieur le Président.' }],
  });
  expect(findPeople(doc).map((c) => [c.name, c.canonical])).toEqual([['Orlov Pavel', 'Pavel Orlov']]);
});
