import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { extractFile } from '../../src/cli/extract-file.js';
import type { Entity, Relation } from '../../src/model/index.js';
import {
  assignConfidence,
  entityFeatures,
  lookup,
  relationFeatures,
  type ConfidenceTable,
} from '../../src/extract/assemble/relation-confidence.js';

const DOC = 'doc:t';
const person = (id: string, ...starts: number[]): Entity => ({
  id,
  type: 'Person',
  name: id,
  aliases: [],
  properties: {},
  mentions: starts.map((start) => ({ document: DOC, start, end: start + 10 })),
  confidence: 0.95,
});
const region: Entity = {
  id: 'region:perm',
  type: 'Region',
  name: 'Territoire de Perm',
  aliases: [],
  properties: { canonical: 'Territoire de Perm' },
  mentions: [{ document: DOC, start: 30, end: 48 }],
  confidence: 0.95,
};
const holds = (source: string, spans: [number, number][]): Relation => ({
  type: 'HOLDS_POSITION',
  source,
  target: region.id,
  properties: {},
  evidence: spans.map(([start, end]) => ({ document: DOC, start, end })),
  rule: 'positions',
});

describe('relation features', () => {
  const near = person('person:near', 10);
  const far = person('person:far', 400);
  const byId = new Map([near, far, region].map((e) => [e.id, e]));
  it.each([
    ['both endpoints in one sentence, close', holds(near.id, [[0, 100]]), ['both', 'near', 'single']],
    ['both in a long sentence, apart', holds(far.id, [[0, 500]]), ['both', 'far', 'single']],
    ['one endpoint outside the span', holds(far.id, [[0, 100]]), ['one', 'apart', 'single']],
    [
      'two sentences',
      holds(near.id, [
        [0, 100],
        [200, 300],
      ]),
      ['both', 'near', 'several'],
    ],
  ])('%s', (_, relation, expected) => {
    expect(relationFeatures(relation, byId).slice(2, 5)).toEqual(expected);
    expect(relationFeatures(relation, byId).slice(0, 2)).toEqual(['HOLDS_POSITION', 'positions']);
  });

  it('reads an event endpoint as in context', () => {
    const event: Entity = {
      ...region,
      id: 'event:x',
      type: 'Event',
      mentions: [{ document: DOC, start: 900, end: 950 }],
    };
    const r: Relation = { ...holds(near.id, [[0, 100]]), type: 'PARTICIPATED_IN', target: event.id };
    expect(relationFeatures(r, new Map([...byId, [event.id, event]])).slice(2, 4)).toEqual(['both', 'event']);
  });

  it('describes an entity by type, lexicon or pattern, and how often it is named', () => {
    expect(entityFeatures(region)).toEqual(['Region', 'lexicon', 'once']);
    expect(entityFeatures(person('person:p', 1, 20, 40, 60))).toEqual(['Person', 'pattern', 'often']);
  });
});

describe('lookup and assignment', () => {
  const table: ConfidenceTable = {
    relations: {
      HOLDS_POSITION: { n: 10, tp: 9, p: 0.9 },
      'HOLDS_POSITION|positions': { n: 10, tp: 9, p: 0.88 },
      'HOLDS_POSITION|positions|both': { n: 8, tp: 8, p: 0.97 },
    },
    entities: { Person: { n: 3, tp: 3, p: 0.9 }, Region: { n: 3, tp: 2, p: 0.7 } },
  };
  it.each([
    [['HOLDS_POSITION', 'positions', 'both', 'near'], 0.97],
    [['HOLDS_POSITION', 'positions', 'one'], 0.88],
    [['HOLDS_POSITION', 'other-rule', 'both'], 0.9],
    [['ASKED', 'asked'], 0.5],
  ])('%j → %d (longest prefix in the table)', (features, p) => {
    expect(lookup(table.relations, features)).toBe(p);
  });

  it('sets a confidence on every entity and relation; provenance follows the entity', () => {
    const near = person('person:near', 10);
    const mentioned: Relation = {
      type: 'MENTIONED_IN',
      source: near.id,
      target: 'event:x',
      properties: {},
      evidence: [],
    };
    const out = assignConfidence(
      { documents: [], entities: [near, region], relations: [holds(near.id, [[0, 100]]), mentioned] },
      table,
    );
    expect(out.entities.map((e) => e.confidence)).toEqual([0.9, 0.7]);
    expect(out.relations.map((r) => r.confidence)).toEqual([0.97, 0.9]);
  });
});

describe('on a real document', () => {
  it('every entity and relation has a confidence in [0, 1], and each relation its rule', async () => {
    const extraction = await extractFile(join('fixtures', '000_3e7985f103b3e583.txt'));
    for (const item of [...extraction.entities, ...extraction.relations]) {
      expect(item.confidence).toBeGreaterThanOrEqual(0);
      expect(item.confidence).toBeLessThanOrEqual(1);
    }
    for (const r of extraction.relations.filter((r) => !['MENTIONED_IN', 'DESCRIBES'].includes(r.type)))
      expect(r.rule).toBeTruthy();
  });
});
