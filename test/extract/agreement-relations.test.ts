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
  return findAgreementRelations(doc, found)
    .filter((r) => r.type === type)
    .map((r) => `${name(r.source)} → ${name(r.target)}`);
}

// The seed's signing ceremony (event 5), shortened.
const CEREMONY = [
  '### Cérémonie',
  'Vladimir Poutine et Alexander Lukashenko ont signé une déclaration conjointe.',
  'Les dirigeants ont signé une déclaration conjointe, suivie d’une cérémonie pour échanger des documents signés.',
  'Ils ont signé l’accord entre la Fédération de Russie et la République du Bélarus sur les mesures de protection mutuelle des citoyens;',
  'Le protocole sur les modifications de l’accord entre la Fédération de Russie et la République de Biélorussie sur l’égalité des droits de leurs citoyens du 25 décembre 1998.',
  'D’autres documents signés comprennent les accords intergouvernementaux sur la coopération dans le domaine de la propriété intellectuelle, ainsi qu’un accord inter-agence sur l’échange d’informations pour les pays CIS.',
  'Après la signature des accords de Minsk, il a reçu toutes les cartes.',
].join('\n');
const CEREMONY_PARTIES: Other[] = [
  ['Person', 'Vladimir Poutine'],
  ['Person', 'Alexander Lukashenko'],
  ['Region', 'Fédération de Russie', 0],
  ['Region', 'République du Bélarus', 0],
  ['Region', 'Fédération de Russie', 1],
  ['Region', 'République de Biélorussie', 0],
  ['Region', 'Minsk', 0],
];

describe('findAgreementRelations: SIGNED', () => {
  it('gives the acts of a signing ceremony to the leaders who sign, not the nested or passive ones', () => {
    const signed = related(unitsDoc(CEREMONY), CEREMONY_PARTIES, 'SIGNED');
    const protocol =
      'protocole sur les modifications de l’accord entre la Fédération de Russie et la République de Biélorussie sur l’égalité des droits de leurs citoyens du 25 décembre 1998';
    const accord =
      'accord entre la Fédération de Russie et la République du Bélarus sur les mesures de protection mutuelle des citoyens';
    expect(new Set(signed)).toEqual(
      new Set(
        ['Vladimir Poutine', 'Alexander Lukashenko'].flatMap((p) => [
          `${p} → déclaration conjointe`,
          `${p} → ${accord}`,
          `${p} → ${protocol}`,
        ]),
      ),
    );
  });

  it('finds the signer named by title after "par"', () => {
    const doc = unitsDoc(
      '### Rencontre\nUn mémorandum de coopération entre le territoire de Krasnodar et la société Rosneft a été signé par le gouverneur le 12 février 2025.\nVeniamin Kondratyev a parlé.',
    );
    const signed = related(
      doc,
      [['Person', 'Veniamin Kondratyev', 0, { titles: ['gouverneur du territoire de Krasnodar'] }]],
      'SIGNED',
    );
    expect(signed).toEqual([
      'Veniamin Kondratyev → mémorandum de coopération entre le territoire de Krasnodar et la société Rosneft',
    ]);
  });
});

describe('findAgreementRelations: PARTY_TO', () => {
  it('binds the states named between "entre … et …" and, by default, to the event’s joint acts', () => {
    const parties = related(unitsDoc(CEREMONY), CEREMONY_PARTIES, 'PARTY_TO');
    expect(parties).toContain('Fédération de Russie → déclaration conjointe');
    expect(parties).toContain(
      'République de Biélorussie → accord entre la Fédération de Russie et la République de Biélorussie sur l’égalité des droits de leurs citoyens du 25 décembre 1998',
    );
    expect(parties).toContain(
      'République de Biélorussie → accords intergouvernementaux sur la coopération dans le domaine de la propriété intellectuelle',
    );
    // an inter-agency act and the Minsk accords bind no state of this event
    expect(parties.filter((p) => /inter-agence|Minsk$/.test(p))).toEqual([]);
  });

  it('looks past a name that stops before its partners, and skips a country inside a partner’s name', () => {
    const doc = unitsDoc(
      '### Pourparlers\nle mémorandum d’accord sur la construction de la centrale nucléaire entre Rosatom et l’Agence de l’énergie atomique d’Ouzbékistan (Uzatom).',
    );
    const parties = related(
      doc,
      [
        ['Organization', 'Rosatom'],
        ['Organization', 'Agence de l’énergie atomique d’Ouzbékistan'],
        ['Region', 'Ouzbékistan'],
      ],
      'PARTY_TO',
    );
    // the short and the full name are two mentions of one act
    const full =
      'mémorandum d’accord sur la construction de la centrale nucléaire entre Rosatom et l’Agence de l’énergie atomique d’Ouzbékistan';
    expect(parties).toEqual([
      'Rosatom → mémorandum d’accord sur la construction de la centrale nucléaire',
      'Agence de l’énergie atomique d’Ouzbékistan → mémorandum d’accord sur la construction de la centrale nucléaire',
      `Rosatom → ${full}`,
      `Agence de l’énergie atomique d’Ouzbékistan → ${full}`,
    ]);
  });
});
