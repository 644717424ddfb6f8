import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { findFigures } from '../../src/extract/finders/figures/figures.js';
import { ENTITY_FINDERS } from '../../src/extract/finders.js';
import { selectCandidates } from '../../src/extract/assemble/select-candidates.js';
import type { Candidate, RelationCandidate } from '../../src/extract/core/types.js';
import { parse } from '../../src/parse/index.js';
import { candidatesFor, figuresDoc } from './support/figures-doc.js';

const endpoint = (e: RelationCandidate['source']) =>
  'candidate' in e ? e.candidate.name : `event ${e.event}`;
const pairs = (relations: RelationCandidate[], type: 'STATED' | 'MEASURES') =>
  relations.filter((r) => r.type === type).map((r) => [endpoint(r.source), endpoint(r.target)]);

describe('STATED: the speaker in scope', () => {
  const doc = figuresDoc([
    {
      title: 'Rencontre avec le gouverneur de la région de Tver Igor Rudenya',
      paragraphs: [
        'Igor Rudenya a informé le président du développement de la région.',
        'Le gouverneur a noté que 1 200 familles avaient reçu un logement.',
        'Selon le chef de la région, 45 écoles ont été rénovées.',
        'Vladimir Poutine a souligné que 3 hôpitaux manquaient encore.',
      ],
    },
    {
      title: 'Conférence de presse',
      paragraphs: [
        { speaker: 'Kassym-Jomart Tokayev', text: 'Le commerce a atteint 28 milliards de dollars.' },
        'Plus de 600 entreprises travaillent chez nous.',
        { speaker: 'Anna Petrova', text: 'Que deviendront les 12 projets communs?' },
        { speaker: 'Vladimir Poutine', text: 'Les 12 projets communs avancent.' },
      ],
    },
  ]);
  const found = candidatesFor(doc, [
    { type: 'Person', name: 'Igor Rudenya' },
    { type: 'Person', name: 'Vladimir Poutine' },
    { type: 'Person', name: 'Kassym-Jomart Tokayev' },
    { type: 'Person', name: 'Anna Petrova' },
    { type: 'Region', name: 'région de Tver', kind: 'federal_subject' },
  ]);
  const { relations } = findFigures(doc, found);

  test.each([
    ['1 200 familles', 'Igor Rudenya'], // "le gouverneur" → the person named after the post in the heading
    ['45 écoles', 'Igor Rudenya'], // "Selon le chef de la région"
    ['3 hôpitaux', 'Vladimir Poutine'], // a new reporter takes over
    ['28 milliards de dollars', 'Kassym-Jomart Tokayev'], // the speaker of the turn
    ['Plus de 600 entreprises', 'Kassym-Jomart Tokayev'], // the turn goes on in the next paragraph
  ])('%s ← %s', (figure, person) => expect(pairs(relations, 'STATED')).toContainEqual([person, figure]));

  test('a figure asked about and answered is stated by both, and is one figure', () => {
    const stated = pairs(relations, 'STATED').filter(([, f]) => f === '12 projets');
    expect(stated).toEqual([
      ['Anna Petrova', '12 projets'],
      ['Vladimir Poutine', '12 projets'],
    ]);
  });
});

describe('MEASURES: the subject in scope', () => {
  const doc = figuresDoc([
    {
      title: 'Rencontre avec le gouverneur de la région de Tver Igor Rudenya',
      place: 'Kremlin-Moscou',
      paragraphs: [
        'La région a attiré 80 milliards de roubles d’investissements.',
        'Le chantier Verfi a reçu une commande de six navires, et les deux premiers seront livrés en été.',
        'Il n’existe qu’un seul centre de ce type dans la région de Pskov.',
        'Le trafic sur la rivière Volga a augmenté de 15%.',
        'Sur 1 500 demandes reçues par le fonds Défenseurs de la Patrie, 98% ont été traitées.',
      ],
    },
    {
      title: 'Pourparlers russo-kazakhs',
      place: 'Kremlin-Moscou',
      paragraphs: [
        'Vladimir Poutine a reçu au Kremlin le président du Kazakhstan.',
        {
          speaker: 'Vladimir Poutine',
          text: 'La Russie a investi environ 3 milliards de dollars dans l’économie kazakhe.',
        },
        'L’armée ennemie a perdu plus de 2.000 soldats des forces armées ukrainiennes.',
        'Un cessez-le-feu de 72 heures puis de 30 jours a été proposé.',
        'L’usine Lada à Togliatti a produit 320 000 voitures.',
        'Nous aidons la ville de Krasny Luch dans la République populaire de Lougansk : 19 écoles y ont été rénovées.',
      ],
    },
  ]);
  const found = candidatesFor(doc, [
    { type: 'Region', name: 'région de Tver', kind: 'federal_subject' },
    { type: 'Region', name: 'région de Pskov', kind: 'federal_subject' },
    { type: 'Region', name: 'rivière Volga', kind: 'area' },
    { type: 'Region', name: 'Kremlin', kind: 'site' },
    { type: 'Region', name: 'Moscou', kind: 'city' },
    { type: 'Region', name: 'Kazakhstan', kind: 'country' },
    { type: 'Region', name: 'Russie', kind: 'country', canonical: 'Fédération de Russie' },
    { type: 'Organization', name: 'Verfi', kind: 'company' },
    { type: 'Organization', name: 'Défenseurs de la Patrie', kind: 'other' },
    { type: 'Organization', name: 'forces armées ukrainiennes', kind: 'state_body' },
    { type: 'Agreement', name: 'cessez-le-feu' },
    { type: 'Organization', name: 'usine Lada', kind: 'company' },
    { type: 'Region', name: 'Togliatti', kind: 'city' },
    { type: 'Region', name: 'Krasny Luch', kind: 'city' },
    { type: 'Region', name: 'République populaire de Lougansk', kind: 'federal_subject' },
    { type: 'Person', name: 'Vladimir Poutine' },
  ]);
  const { relations } = findFigures(doc, found);

  test.each([
    ['80 milliards de roubles', 'région de Tver'], // "La région": the governor's region
    ['six navires', 'Verfi'], // the company that ordered them
    ['deux', 'Verfi'], // "les deux premiers": the ellipsis keeps the subject
    ['un seul centre', 'région de Pskov'], // "dans la région de Pskov"
    ['15%', 'région de Tver'], // a river is where, not what
    ['98%', 'Défenseurs de la Patrie'], // the body named earlier in the sentence
    ['environ 3 milliards de dollars', 'Kazakhstan'], // the host country is skipped for the partner
    ['plus de 2.000 soldats', 'forces armées ukrainiennes'],
    ['30 jours', 'cessez-le-feu'],
    ['320 000 voitures', 'usine Lada'], // "à Togliatti" says where the plant is
    ['19 écoles', 'Krasny Luch'], // the town located, not the republic that locates it
  ])('%s → %s', (figure, subject) => expect(pairs(relations, 'MEASURES')).toContainEqual([figure, subject]));

  test('a figure with nothing in scope measures nothing rather than a guess', () => {
    const bare = figuresDoc([
      { title: 'Déclaration', paragraphs: ['Au total, 40 bâtiments ont été réparés.'] },
    ]);
    expect(pairs(findFigures(bare, []).relations, 'MEASURES')).toEqual([]);
  });
});

describe('the seed through the parser and the finders', () => {
  const file = 'fixtures/000_3e7985f103b3e583.txt';
  const gold = JSON.parse(readFileSync('fixtures/gold/000_3e7985f103b3e583.gold.json', 'utf8')) as {
    entities: { type: string; value: number; unit: string }[];
  };
  const doc = parse(readFileSync(file, 'utf8'), { path: file });
  const found: Candidate[] = selectCandidates(ENTITY_FINDERS.flatMap((f) => f.find(doc))).kept;
  const { candidates } = findFigures(doc, found);
  const unit = (u: string) =>
    u
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();

  test('Figure precision and recall on value and unit stay above 0.95', () => {
    const left = gold.entities.filter((e) => e.type === 'Figure');
    const total = left.length;
    let tp = 0;
    for (const c of candidates) {
      const i = left.findIndex(
        (g) =>
          Math.abs(g.value - Number(c.properties!.value)) <= Math.abs(g.value) * 0.005 &&
          unit(g.unit) === unit(String(c.properties!.unit)),
      );
      if (i >= 0) [tp] = [tp + 1, left.splice(i, 1)];
    }
    expect(tp / candidates.length).toBeGreaterThanOrEqual(0.95);
    expect(tp / total).toBeGreaterThanOrEqual(0.95);
  });

  test('every figure span slices the text to its name', () => {
    for (const c of candidates) expect(doc.text.slice(c.span.start, c.span.end)).toBe(c.name);
  });

  test('two runs give the same figures', () => {
    expect(JSON.stringify(findFigures(doc, found))).toBe(JSON.stringify(findFigures(doc, found)));
  });
});
