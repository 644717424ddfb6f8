import { describe, expect, test } from 'vitest';
import type { ParsedDocument } from '../../src/model/index.js';
import { findLocatedIn } from '../../src/extract/finders/places/located-in.js';
import { findOrganizations } from '../../src/extract/finders/organizations/organizations.js';
import { findRegions } from '../../src/extract/finders/places/regions.js';
import { regionsDoc } from './support/regions-doc.js';

const TATARSTAN = 'Rencontre avec le chef de la République du Tatarstan Rustam Minnikhanov';
const VOLOGDA = 'Rencontre avec le gouverneur de la région de Vologda Georgy Filimonov';
const COUNCIL = 'Réunion du Conseil de sécurité';

function located(title: string, sentence: string): string[] {
  const doc: ParsedDocument = regionsDoc([{ title, place: 'Kremlin-Moscou', body: [sentence] }]);
  const found = [...findRegions(doc), ...findOrganizations(doc)];
  return findLocatedIn(doc, found).map((r) =>
    'candidate' in r.source && 'candidate' in r.target
      ? `${r.source.candidate.name} → ${r.target.candidate.name}`
      : '',
  );
}

describe('findLocatedIn: the clause that places a firm', () => {
  test.each([
    // A locative that belongs to another clause places nothing.
    [
      COUNCIL,
      'La société Techmash a signé un accord avec la compagnie Vector, conclu la semaine dernière à Tcheliabinsk.',
      [],
    ],
    // An apposition with a participle of place does.
    [
      COUNCIL,
      'La société Techmash, basée à Tcheliabinsk, a recruté 300 ingénieurs.',
      ['Techmash → Tcheliabinsk'],
    ],
    // A body named after its owner: the locative is the body's, not the owner's.
    [
      COUNCIL,
      'Le Centre de formation de Rosatom, situé à Obninsk, emploie 900 personnes.',
      ['Centre de formation → Obninsk'],
    ],
    // The firm's own verb, no comma between.
    [COUNCIL, 'La compagnie Vector investit à Magnitogorsk.', ['Vector → Magnitogorsk']],
    // At a regional meeting, a town of the region named in the firm's own clause beats the region.
    [
      TATARSTAN,
      'Le président a appris que la compagnie Vector a agrandi son site de Naberejnye Tchelny.',
      ['Vector → Naberejnye Tchelny'],
    ],
    // … but not a town of another clause, nor one the firm is not the subject of.
    [
      TATARSTAN,
      'Le chef a cité la compagnie Vector, et les ingénieurs de Naberejnye Tchelny.',
      ['Vector → République du Tatarstan'],
    ],
    // An owner is not a local firm.
    [
      VOLOGDA,
      'L’usine de tracteurs Kirovets, qui appartient à la compagnie Vector, a doublé sa production.',
      ['usine de tracteurs Kirovets → région de Vologda'],
    ],
    // A town only in a plant's name, inside the region under discussion: the plant is the region's.
    [
      VOLOGDA,
      'L’usine de locomotives de Tcherepovets a livré 40 locomotives.',
      ['usine de locomotives de Tcherepovets → région de Vologda'],
    ],
  ])('%s: %s', (title, sentence, expected) => expect(located(title, sentence)).toEqual(expected));

  test('a possessive makes a plant a description, not an organisation', () => {
    const doc = regionsDoc([
      { title: TATARSTAN, body: ['La compagnie Vector a modernisé sa raffinerie de Naberejnye Tchelny.'] },
    ]);
    expect(findOrganizations(doc).map((c) => c.name)).toEqual(['Vector']);
  });
});
