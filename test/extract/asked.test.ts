import { describe, expect, test } from 'vitest';
import { findAsked } from '../../src/extract/finders/events/asked.js';
import { findPeople } from '../../src/extract/finders/people/people.js';
import { type DocLine, peopleDoc } from './support/people-doc.js';

/** [asker, answerer, evidence text] rows of findAsked on one press conference. */
function asked(lines: DocLine[], kind: 'press_conference' | 'meeting' = 'press_conference') {
  const doc = peopleDoc({
    title: 'Conférence de presse conjointe avec le président du Bélarus Alexander Lukashenko',
    kind,
    lines,
  });
  return findAsked(doc, findPeople(doc)).map((r) => [
    'candidate' in r.source ? r.source.candidate.name : '',
    'candidate' in r.target ? r.target.candidate.name : '',
    doc.text.slice(r.evidence.start, r.evidence.end),
  ]);
}

const opening: DocLine = {
  title: 'Président de la Russie',
  speaker: 'Vladimir Poutine',
  says: 'Mr. Président, collègues, amis,',
};

describe('findAsked', () => {
  test('a question goes to everyone who answers before the next journalist', () => {
    const rows = asked([
      opening,
      {
        speaker: 'Ilya Yezhov',
        says: 'Bonjour…. Ilya Yezhov, Ria Novosti.',
        journalist: { name: 'Ilya Yezhov', outlet: 'Ria Novosti' },
      },
      'Président Poutine, président Lukashenko, quels sont les progrès de l’intégration?',
      { speaker: 'Vladimir Poutine', says: 'Premièrement, les 28 programmes ont été mis en œuvre.' },
      { speaker: 'Alexander Lukashenko', says: 'Je peux à peine ajouter quoi que ce soit. Quelle question?' },
      { speaker: 'Olga Knyazeva', says: 'Bonjour. Ma première question est adressée au président Poutine?' },
      { speaker: 'Vladimir Poutine', says: 'Quant au cessez-le-feu, je vais vous le dire.' },
    ]);
    expect(rows).toEqual([
      [
        'Ilya Yezhov',
        'Vladimir Poutine',
        'Président Poutine, président Lukashenko, quels sont les progrès de l’intégration?',
      ],
      [
        'Ilya Yezhov',
        'Alexander Lukashenko',
        'Président Poutine, président Lukashenko, quels sont les progrès de l’intégration?',
      ],
      ['Olga Knyazeva', 'Vladimir Poutine', 'Ma première question est adressée au président Poutine?'],
    ]);
  });

  test('a journalist clarifying her own question is no answerer', () => {
    const rows = asked([
      opening,
      {
        speaker: 'Anna Pyzh',
        says: 'Bonsoir. Je suis Anna Pyzh de la chaîne de télévision ONT. Mr. Poutine, les intérêts du Bélarus seront-ils pris en compte?',
        journalist: { name: 'Anna Pyzh', outlet: 'la chaîne de télévision ONT' },
      },
      { speaker: 'Vladimir Poutine', says: 'Qu’est-ce qui souhaite? Et?' },
      { speaker: 'Anna Pyzh', says: 'Concernant les intérêts du Bélarus.' },
      { speaker: 'Alexander Lukashenko', says: 'Mr. Poutine, cette question a émergé à l’étranger.' },
    ]);
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['Anna Pyzh', 'Vladimir Poutine'],
      ['Anna Pyzh', 'Alexander Lukashenko'],
    ]);
  });

  test('with no answer in the text the question goes to whom it addresses', () => {
    const rows = asked([
      opening,
      { speaker: 'Ivan Petrov', says: 'Bonjour. Monsieur le Président, ma question porte sur le gaz?' },
    ]);
    expect(rows.map((r) => r.slice(0, 2))).toEqual([['Ivan Petrov', 'Vladimir Poutine']]);
  });

  test('speakers of a meeting ask nothing unless they introduce themselves as journalists', () => {
    const rows = asked(
      [
        opening,
        { speaker: 'Alexander Lukashenko', says: 'Savez-vous ce qui est vraiment important? Une question.' },
      ],
      'meeting',
    );
    expect(rows).toEqual([]);
  });
});
