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
