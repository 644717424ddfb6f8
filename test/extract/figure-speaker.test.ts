import { describe, expect, test } from 'vitest';
import { findFigures } from '../../src/extract/finders/figures/figures.js';
import type { RelationCandidate } from '../../src/extract/core/types.js';
import { candidatesFor, figuresDoc } from './support/figures-doc.js';

const endpoint = (e: RelationCandidate['source']) =>
  'candidate' in e ? e.candidate.name : `event ${e.event}`;
const stated = (relations: RelationCandidate[]) =>
  relations.filter((r) => r.type === 'STATED').map((r) => [endpoint(r.source), endpoint(r.target)]);

describe('STATED: leaders named by their post', () => {
  const doc = figuresDoc([
    {
      title: 'Conversation téléphonique avec le Président de la République du Chili Gabriel Boric',
      paragraphs: [
        'Vladimir Poutine a eu une conversation téléphonique avec Gabriel Boric.',
        'Le président russe a noté que les échanges ont progressé de 14% en un an.',
        'Le président chilien a souligné que 3 000 étudiants apprennent le russe.',
        'Selon le président chilien, 12 vols directs sont prévus.',
        'Le chef de l’État a rappelé que 40 entreprises travaillent au Chili.',
        'Selon M. Boric, 9 ports chiliens accueillent des navires russes.',
      ],
    },
    {
      title: 'Rencontre avec le gouverneur de la région de Tver Igor Rudenya',
      paragraphs: [
        { speaker: 'Igor Rudenya', text: 'Nous avons ouvert 17 écoles.' },
        'Le président a noté que le chômage a baissé de 0,4%.',
        { speaker: 'Vladimir Poutine', text: 'Bien.' },
        'Le gouverneur a précisé que 250 familles ont été relogées.',
      ],
    },
  ]);
  const found = candidatesFor(doc, [
    { type: 'Person', name: 'Vladimir Poutine' },
    { type: 'Person', name: 'Gabriel Boric' },
    { type: 'Person', name: 'Boric' },
    { type: 'Person', name: 'Igor Rudenya' },
  ]);
  const { relations } = findFigures(doc, found);

  test.each([
    ['14%', 'Vladimir Poutine'], // "le président russe": the host
    ['3 000 étudiants', 'Gabriel Boric'], // "le président chilien": the foreign leader of the event
    ['12 vols', 'Gabriel Boric'], // "Selon le président chilien, …"
    ['40 entreprises', 'Vladimir Poutine'], // "le chef de l’État"
    ['9 ports', 'Boric'], // "Selon M. Boric": a form of address between the cue and the name
    ['17 écoles', 'Igor Rudenya'],
    ['0,4%', 'Vladimir Poutine'], // prose after a turn that names its reporter is narrative again
    ['250 familles', 'Igor Rudenya'], // "le gouverneur" after the host's turn
  ])('%s ← %s', (figure, person) => expect(stated(relations)).toContainEqual([person, figure]));

  test('nobody else states them', () => {
    const sources = new Map<string, string[]>();
    for (const [person, figure] of stated(relations))
      sources.set(figure!, [...(sources.get(figure!) ?? []), person!]);
    for (const list of sources.values()) expect(list).toHaveLength(1);
  });
});

describe('STATED: a restated figure keeps its first source', () => {
  const doc = figuresDoc([
    {
      title: 'Rencontre avec le directeur général de la société Uralvagonzavod',
      paragraphs: [
        { speaker: 'Alexandre Potapov', text: 'Nous avons livré 1 800 wagons cette année.' },
        { speaker: 'Vladimir Poutine', text: 'Donc 1 800 wagons, c’est un bon résultat.' },
      ],
    },
  ]);
  const found = candidatesFor(doc, [
    { type: 'Person', name: 'Alexandre Potapov' },
    { type: 'Person', name: 'Vladimir Poutine' },
  ]);
  test('the second speaker repeating it does not state it', () =>
    expect(stated(findFigures(doc, found).relations)).toEqual([['Alexandre Potapov', '1 800 wagons']]));
});
