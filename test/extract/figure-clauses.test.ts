import { describe, expect, test } from 'vitest';
import { findFigures } from '../../src/extract/finders/figures/figures.js';
import type { RelationCandidate } from '../../src/extract/core/types.js';
import { candidatesFor, figuresDoc } from './support/figures-doc.js';

const endpoint = (e: RelationCandidate['source']) =>
  'candidate' in e ? e.candidate.name : `event ${e.event}`;
const measures = (relations: RelationCandidate[]) =>
  relations.filter((r) => r.type === 'MEASURES').map((r) => [endpoint(r.source), endpoint(r.target)]);

describe('MEASURES: a coordinated clause keeps the subject, not the complements, of the clause before', () => {
  const doc = figuresDoc([
    {
      title: 'Rencontre avec le gouverneur de la région de Tomsk Vladimir Mazour',
      paragraphs: [
        'Le gouverneur a indiqué que la mortalité infantile reste parmi les plus basses de Sibérie, et que 4 100 familles ont reçu une aide.',
        'La région de Tomsk a exporté du bois vers la Chine, et ses recettes ont augmenté de 7%.',
        'Les ventes ont progressé au Kazakhstan, tandis que 320 emplois ont été créés.',
      ],
    },
  ]);
  const found = candidatesFor(doc, [
    { type: 'Region', name: 'région de Tomsk', kind: 'federal_subject' },
    { type: 'Region', name: 'Sibérie', kind: 'area' },
    { type: 'Region', name: 'Chine', kind: 'country' },
    { type: 'Region', name: 'Kazakhstan', kind: 'country' },
  ]);
  const { relations } = findFigures(doc, found);
  test.each([
    ['4 100 familles', 'région de Tomsk'], // "de Sibérie" completes a superlative of the first clause
    ['7%', 'région de Tomsk'], // the subject of the first clause, not its "vers la Chine"
    ['320 emplois', 'région de Tomsk'], // "au Kazakhstan" is where the sales grew
  ])('%s → %s', (figure, subject) => expect(measures(relations)).toContainEqual([figure, subject]));
});

describe('MEASURES: a minister speaks for his state when the event names no topic', () => {
  const doc = figuresDoc([
    {
      title: 'Réunion avec les membres du gouvernement',
      paragraphs: [
        'Le chef de l’État a tenu une réunion avec les membres du gouvernement de la Fédération de Russie.',
        'Ont participé le ministre des Sports Oleg Beliaev, la ministre du Travail Irina Sokolova et le gouverneur de la région de Tver Igor Koudrine.',
        {
          speaker: 'Irina Sokolova',
          text: 'Le chômage est descendu à 2,4%. Nous avons formé 90 000 personnes.',
        },
        { speaker: 'Oleg Beliaev', text: 'Au total, 310 stades ont été rénovés cette année.' },
      ],
    },
    {
      title: 'Réunion avec les membres permanents du Conseil de sécurité',
      paragraphs: [
        'Le premier sujet était la situation des crues dans la région d’Orenbourg.',
        'Ont participé le ministre des Situations d’urgence Pavel Orlov, le ministre de l’Intérieur Oleg Beliaev et la ministre du Travail Irina Sokolova.',
        { speaker: 'Pavel Orlov', text: 'Le groupement du ministère compte 1 800 secouristes.' },
      ],
    },
  ]);
  const found = candidatesFor(doc, [
    { type: 'Region', name: 'Fédération de Russie', kind: 'country' },
    { type: 'Region', name: 'région de Tver', kind: 'federal_subject' },
    { type: 'Region', name: 'région d’Orenbourg', kind: 'federal_subject' },
    { type: 'Person', name: 'Oleg Beliaev' },
    { type: 'Person', name: 'Irina Sokolova' },
    { type: 'Person', name: 'Igor Koudrine' },
    { type: 'Person', name: 'Pavel Orlov' },
  ]);
  const { relations } = findFigures(doc, found);
  test.each([
    ['2,4%', 'Fédération de Russie'], // a guest governor in the roll of participants is no topic
    ['90 000 personnes', 'Fédération de Russie'],
    ['310 stades', 'Fédération de Russie'],
    ['1 800 secouristes', 'région d’Orenbourg'], // the topic the lead states wins over the speaker's state
  ])('%s → %s', (figure, subject) => expect(measures(relations)).toContainEqual([figure, subject]));
});

describe('MEASURES: where the verb sends a figure that has no subject before it', () => {
  const doc = figuresDoc([
    {
      title: 'Réunion avec le ministre de la Défense',
      paragraphs: [
        'Depuis lundi, 620 obus ont été livrés aux unités du groupe de forces Dniepr.',
        'Plus de 45 incendies ont été enregistrés dans la région de Tcheliabinsk.',
      ],
    },
  ]);
  const found = candidatesFor(doc, [
    { type: 'MilitaryUnit', name: 'groupe de forces Dniepr' },
    { type: 'Region', name: 'région de Tcheliabinsk', kind: 'federal_subject' },
  ]);
  const { relations } = findFigures(doc, found);
  test.each([
    ['620 obus', 'groupe de forces Dniepr'],
    ['Plus de 45 incendies', 'région de Tcheliabinsk'],
  ])('%s → %s', (figure, subject) => expect(measures(relations)).toContainEqual([figure, subject]));
});

describe('MEASURES: the head of "A de B", not the owner B', () => {
  const doc = figuresDoc([
    {
      title: 'Réunion sur le développement industriel',
      paragraphs: [
        'La 12e brigade de fusiliers motorisés de la 20e armée interarmes a progressé de 3 kilomètres.',
        'La société Avtodetal, filiale de Rostec, a investi 14 milliards de roubles.',
      ],
    },
  ]);
  const found = candidatesFor(doc, [
    { type: 'MilitaryUnit', name: '12e brigade de fusiliers motorisés' },
    { type: 'MilitaryUnit', name: '20e armée interarmes' },
    { type: 'Organization', name: 'Avtodetal', kind: 'company' },
    { type: 'Organization', name: 'Rostec', kind: 'company' },
  ]);
  const { relations } = findFigures(doc, found);
  test.each([
    ['3 kilomètres', '12e brigade de fusiliers motorisés'],
    ['14 milliards de roubles', 'Avtodetal'],
  ])('%s → %s', (figure, subject) => expect(measures(relations)).toContainEqual([figure, subject]));
});
