import { describe, expect, it } from 'vitest';
import { findAgreementRelations } from '../../src/extract/finders/agreements/agreement-relations.js';
import { findAgreements } from '../../src/extract/finders/agreements/agreements.js';
import type { Candidate } from '../../src/extract/core/types.js';
import type { ParsedDocument } from '../../src/model/index.js';
import { mention, unitsDoc } from './support/units-doc.js';

type Other = [type: Candidate['type'], surface: string, nth?: number, properties?: Candidate['properties']];

function related(doc: ParsedDocument, others: Other[], type: 'SIGNED' | 'PARTY_TO') {
  const found = [
    ...findAgreements(doc),
    ...others.map(([t, s, nth, props]) => mention(doc, t, s, props ?? {}, nth ?? 0)),
  ].sort((a, b) => a.span.start - b.span.start);
  const name = (e: { candidate: Candidate } | { event: number }) =>
    'candidate' in e ? e.candidate.name : '';
  return [
    ...new Set(
      findAgreementRelations(doc, found)
        .filter((r) => r.type === type)
        .map((r) => `${name(r.source)} → ${name(r.target)}`),
    ),
  ];
}
const country = { kind: 'country' };

describe('PARTY_TO beyond "entre … et …"', () => {
  it('reads the signatories after "signé … par"', () => {
    const doc = unitsDoc(
      [
        '### Conversation téléphonique avec le président de la Finlande',
        'Ils ont évoqué l’accord sur la navigation dans le golfe de Botnie, signé à Helsinki en 2019 par la Finlande, la Suède et l’OMI.',
      ].join('\n'),
    );
    const parties = related(
      doc,
      [
        ['Region', 'Finlande', 0, country],
        ['Region', 'Finlande', 1, country],
        ['Region', 'Suède', 0, country],
        ['Organization', 'OMI'],
      ],
      'PARTY_TO',
    );
    const act = 'accord sur la navigation dans le golfe de Botnie';
    expect(parties).toEqual([`Finlande → ${act}`, `Suède → ${act}`, `OMI → ${act}`]);
  });

  it('binds an intergovernmental act to the host and the partner of the heading', () => {
    const doc = unitsDoc(
      [
        '### Conversation téléphonique avec le Président de la République du Pérou',
        'La Russie reste attachée à ses engagements.',
        'Les présidents ont évoqué l’accord intergouvernemental de 2017 sur la coopération spatiale.',
      ].join('\n'),
    );
    const parties = related(
      doc,
      [
        ['Region', 'République du Pérou', 0, country],
        ['Region', 'Russie', 0, country],
      ],
      'PARTY_TO',
    );
    const act = 'accord intergouvernemental de 2017 sur la coopération spatiale';
    expect(new Set(parties)).toEqual(new Set([`Russie → ${act}`, `République du Pérou → ${act}`]));
  });

  it('takes the body owned, not its owner: "le ministère des Transports de la République du Chili"', () => {
    const doc = unitsDoc(
      [
        '### Visite',
        'Ils ont signé un mémorandum de coopération entre Aeroflot et le ministère des Transports de la République du Chili.',
      ].join('\n'),
    );
    const parties = related(
      doc,
      [
        ['Organization', 'Aeroflot'],
        ['Region', 'République du Chili', 0, country],
      ],
      'PARTY_TO',
    );
    expect(parties.filter((p) => p.startsWith('République du Chili'))).toEqual([]);
  });
});

describe('agreements named with their partners', () => {
  it('keeps both the subject-only and the full name of one act', () => {
    const doc = unitsDoc(
      [
        '### Visite',
        'Ils ont signé le mémorandum sur la numérisation entre Sber et le gouvernement du Laos.',
      ].join('\n'),
    );
    const names = findAgreements(doc).map((c) => [c.name, c.canonical]);
    const full = 'mémorandum sur la numérisation entre Sber et le gouvernement du Laos';
    expect(names).toEqual(
      expect.arrayContaining([
        ['mémorandum sur la numérisation', full],
        [full, full],
      ]),
    );
  });
});

describe('SIGNED and acts of a bilateral meeting', () => {
  it('gives an act "signé par les deux présidents" to the leaders of the lead', () => {
    const doc = unitsDoc(
      [
        '### Conversation téléphonique',
        'Vladimir Poutine a eu une conversation téléphonique avec Gustavo Petro.',
        'Ils ont évoqué le traité d’amitié entre la Russie et la Colombie, signé par les deux présidents en 2024.',
      ].join('\n'),
    );
    doc.events[0]!.paragraphs[0]!.kind = 'lead'; // as the parser marks the opening paragraph
    const signed = related(
      doc,
      [
        ['Person', 'Vladimir Poutine'],
        ['Person', 'Gustavo Petro'],
      ],
      'SIGNED',
    );
    const act = 'traité d’amitié entre la Russie et la Colombie';
    expect(signed).toEqual([`Vladimir Poutine → ${act}`, `Gustavo Petro → ${act}`]);
  });

  it('reads a plan d’action of a partnership as an act, not a domestic plan', () => {
    const names = (text: string) => findAgreements(unitsDoc(`### Pourparlers\n${text}`)).map((c) => c.name);
    expect(
      names('Ils ont signé le plan d’action pour le partenariat stratégique entre la Russie et le Laos.'),
    ).toEqual(['plan d’action pour le partenariat stratégique entre la Russie et le Laos']);
    expect(names('Le gouverneur a présenté le plan d’action pour la rénovation des écoles.')).toEqual([]);
  });
});
