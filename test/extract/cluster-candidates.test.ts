import { describe, expect, it } from 'vitest';
import { clusterCandidates } from '../../src/extract/assemble/cluster-candidates.js';
import type { Candidate } from '../../src/extract/core/types.js';

let offset = 0;
function mention(type: Candidate['type'], name: string, extra: Partial<Candidate> = {}): Candidate {
  const start = offset;
  offset += name.length + 1;
  return { type, name, span: { start, end: start + name.length }, event: 1, ...extra };
}
const names = (groups: Candidate[][]) => groups.map((g) => g.map((c) => c.name));

describe('clusterCandidates: people', () => {
  it.each([
    [['Alexander Lukashenko', 'Lukashenko', 'Lukashnko', 'Alexandre Lukashenko'], 1],
    [['Vladimir Poutine', 'Poutine', 'V. Poutine'], 1],
    [['Dmitry Makhonin', 'Makhonin', 'Alexander Tsybulsky', 'Tsybulsky'], 2],
    // same surname, different first names: two people
    [['Sergey Ivanov', 'Igor Ivanov'], 2],
    [['Trump', 'Trump'], 1],
    // a full name and its shortening, long names one letter apart, a name met inside one full name
    [['Salmane ben Abdelaziz Al Saoud', 'Salmane ben Abdelaziz'], 1],
    [['Luiz Carlos Prestes', 'Luis Carlos Prestes'], 1],
    [['Joko Widodo', 'Joko'], 1],
    [['Mansour ben Zayed Al Nahyane', 'Mohammed ben Zayed'], 2],
  ])('%j → %i people', (mentions, count) => {
    const groups = clusterCandidates(mentions.map((n) => mention('Person', n)));
    expect(groups).toHaveLength(count);
  });

  it('reads a form of address through its canonical full name', () => {
    const groups = clusterCandidates([
      mention('Person', 'Igor Setchine'),
      mention('Person', 'Igor Ivanovitch', { canonical: 'Igor Setchine' }),
    ]);
    expect(names(groups)).toEqual([['Igor Setchine', 'Igor Ivanovitch']]);
  });

  it('gives a bare surname to the namesake mentioned last before it', () => {
    const groups = clusterCandidates([
      mention('Person', 'Sergey Ivanov'),
      mention('Person', 'Igor Ivanov'),
      mention('Person', 'Ivanov'),
    ]);
    expect(names(groups)).toEqual([['Sergey Ivanov'], ['Igor Ivanov', 'Ivanov']]);
  });
});

describe('clusterCandidates: places, units, agreements', () => {
  it.each([
    [
      [
        ['Bélarus', 'République du Bélarus'],
        ['Biélorussie', 'République du Bélarus'],
      ],
      1,
    ],
    [[['Severodonetsk'], ['Severodonetk'], ['SeveroDonetsk']], 1],
    // a region and its capital are two places
    [
      [
        ['territoire Perm', 'Territoire de Perm'],
        ['Perm', 'Perm'],
      ],
      2,
    ],
  ])('regions %j → %i', (rows, count) => {
    const groups = clusterCandidates(
      rows.map(([name, canonical]) => mention('Region', name!, canonical ? { canonical } : {})),
    );
    expect(groups).toHaveLength(count);
  });

  it('merges units with the same number and echelon across languages', () => {
    const groups = clusterCandidates([
      mention('MilitaryUnit', '76e division aérienne', { properties: { number: 76, echelon: 'division' } }),
      mention('MilitaryUnit', '76th Guards Airborne Assault Division', {
        properties: { number: 76, echelon: 'division' },
      }),
      mention('MilitaryUnit', '76th Guards Airborne Assault Regiment', {
        properties: { number: 76, echelon: 'regiment' },
      }),
    ]);
    expect(groups).toHaveLength(2);
  });

  it('merges a paraphrased agreement title but not a different agreement of the same kind', () => {
    const groups = clusterCandidates([
      mention(
        'Agreement',
        'accord intergouvernemental sur la coopération dans le domaine de la propriété intellectuelle',
      ),
      mention(
        'Agreement',
        'accords intergouvernementaux sur la coopération dans le domaine de la propriété intellectuelle',
      ),
      mention('Agreement', 'accord intergouvernemental sur l’égalité des droits pour les consommateurs'),
    ]);
    expect(groups).toHaveLength(2);
  });
});
