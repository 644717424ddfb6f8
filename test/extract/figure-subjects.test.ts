import { describe, expect, test } from 'vitest';
import { findFigures } from '../../src/extract/finders/figures/figures.js';
import type { RelationCandidate } from '../../src/extract/core/types.js';
import { candidatesFor, figuresDoc } from './support/figures-doc.js';

const endpoint = (e: RelationCandidate['source']) =>
  'candidate' in e ? e.candidate.name : `event ${e.event}`;
const measures = (relations: RelationCandidate[]) =>
  relations.filter((r) => r.type === 'MEASURES').map((r) => [endpoint(r.source), endpoint(r.target)]);

describe('MEASURES: what the clause is about', () => {
  const doc = figuresDoc([
    {
      title: 'Rencontre avec le gouverneur de la région de Penza Oleg Melnitchenko',
      paragraphs: [
        'Il a parlé de la ville de Tokmak dans la région de Zaporojié, que la région de Penza parraine: 23 bâtiments y ont été réparés.',
        'Il a cité la commune de Vassilievka dans la région de Zaporojié, que la région aide depuis 2023: 14 écoles y ont été rouvertes.',
        'Les recettes du budget du district ont atteint 9 milliards de roubles.',
        'Le chômage dans le territoire est tombé à 1,1%.',
        'La production dans le pays a augmenté de 2,6%.',
        'Depuis janvier, 38 localités ont été libérées par le groupe de forces Centre.',
      ],
    },
    {
      title: 'Conversation téléphonique avec le président du Pérou',
      paragraphs: [
        'Vladimir Poutine a évoqué les relations avec le Pérou.',
        'Les parties sont aussi membres de l’APEC. Le commerce bilatéral a atteint 700 millions de dollars.',
        'Le président péruvien a noté que le chômage dans le pays a baissé de 0,9%.',
      ],
    },
  ]);
  const found = candidatesFor(doc, [
    { type: 'Region', name: 'région de Penza', kind: 'federal_subject' },
    { type: 'Region', name: 'Tokmak', kind: 'city' },
    { type: 'Region', name: 'région de Zaporojié', kind: 'federal_subject' },
    { type: 'Region', name: 'Vassilievka', kind: 'city' },
    { type: 'Region', name: 'Pérou', kind: 'country' },
    { type: 'Region', name: 'Russie', kind: 'country', canonical: 'Fédération de Russie' },
    { type: 'Organization', name: 'APEC', kind: 'international' },
    { type: 'MilitaryUnit', name: 'groupe de forces Centre' },
  ]);
  // Russia is named only in another event: "le pays" of a domestic meeting still finds it
  found.push({
    ...found.find((c) => c.name === 'Pérou')!,
    name: 'Russie',
    canonical: 'Fédération de Russie',
  });
  const { relations } = findFigures(doc, found);

  test.each([
    ['23 bâtiments', 'Tokmak'], // the place a relative clause's subject patronises
    ['14 écoles', 'Vassilievka'], // "que la région aide": the generic post is the patron too
    ['9 milliards de roubles', 'région de Penza'], // "du district": the federal subject of the event
    ['1,1%', 'région de Penza'], // "dans le territoire"
    ['2,6%', 'Russie'], // "dans le pays" of a domestic meeting
    ['38 localités', 'groupe de forces Centre'], // the agent of a passive
    ['700 millions de dollars', 'Pérou'], // bilateral trade: the partner of the call
    ['0,9%', 'Pérou'], // "le pays" of a call: the partner country
  ])('%s → %s', (figure, subject) => expect(measures(relations)).toContainEqual([figure, subject]));
});

describe('MEASURES: the company of the heading', () => {
  const doc = figuresDoc([
    {
      title: 'Rencontre avec le directeur général de la société Aeroflot Sergueï Alexandrovski',
      paragraphs: [
        'Selon le gouverneur de la région de Moscou, la compagnie emploie 40 000 personnes.',
        'Sergueï Alexandrovski a indiqué que la région de Moscou reste le premier marché. La compagnie exploite 190 avions.',
      ],
    },
  ]);
  const found = candidatesFor(doc, [
    { type: 'Organization', name: 'Aeroflot', kind: 'company' },
    { type: 'Region', name: 'région de Moscou', kind: 'federal_subject' },
    { type: 'Person', name: 'Sergueï Alexandrovski' },
  ]);
  const { relations } = findFigures(doc, found);
  test.each([
    ['40 000 personnes', 'Aeroflot'], // "la compagnie" after the region that opens the sentence
    ['190 avions', 'Aeroflot'], // not the region of the sentence before
  ])('%s → %s', (figure, subject) => expect(measures(relations)).toContainEqual([figure, subject]));
});
