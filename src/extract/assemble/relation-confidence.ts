// Confidence: the probability that an extracted relation (or entity) is right, read off a table fitted on
// the dev corpus (scripts/fit-confidence.ts). A relation is described by a few features every relation
// has, most telling first; the table holds the empirical precision of each prefix of that list, each
// shrunk towards its parent's, and a relation takes the value of its longest prefix in the table.
import type { Entity, Extraction, Mention, Relation } from '../../model/index.js';
import fitted from '../lexicons/confidence-table.json' with { type: 'json' };

/** Empirical precision per feature prefix: `HOLDS_POSITION`, `HOLDS_POSITION|positions`, … */
export interface ConfidenceTable {
  relations: Record<string, { n: number; tp: number; p: number }>;
  entities: Record<string, { n: number; tp: number; p: number }>;
}

export const CONFIDENCE_TABLE = fitted as ConfidenceTable;

/** Endpoints nearer than this (characters between mention starts) are read as one phrase. */
const NEAR_CHARS = 60;
/** Endpoints further apart than this sit in different clauses of a long sentence. */
const FAR_CHARS = 200;
/** Provenance relations follow from the entities; they are not in the table. */
const PROVENANCE = new Set(['MENTIONED_IN', 'DESCRIBES']);
/** For a type or entity kind the table never saw. */
const UNSEEN = 0.5;

/** Features of an entity, most telling first: type, lexicon or pattern, how often it is named. */
export function entityFeatures(entity: Entity): string[] {
  const source = entity.properties.canonical ? 'lexicon' : 'pattern';
  const n = entity.mentions.length;
  return [entity.type, source, n === 1 ? 'once' : n <= 3 ? 'few' : 'often'];
}

/**
 * Features of a relation, most telling first: type, rule, whether both endpoints are named inside one
 * evidence span, how far apart, how many spans support it, how sure its endpoints are.
 */
export function relationFeatures(relation: Relation, byId: ReadonlyMap<string, Entity>): string[] {
  const source = byId.get(relation.source);
  const target = byId.get(relation.target);
  let best: { inside: number; distance: number } = { inside: -1, distance: Infinity };
  for (const e of relation.evidence) {
    const a = anchorsIn(source, e);
    const b = anchorsIn(target, e);
    const inside = (a === 'event' || a.length ? 1 : 0) + (b === 'event' || b.length ? 1 : 0);
    const distance = a === 'event' || b === 'event' ? -1 : minDistance(a, b);
    if (inside > best.inside || (inside === best.inside && distance < best.distance))
      best = { inside, distance };
  }
  const span = best.inside === 2 ? 'both' : best.inside === 1 ? 'one' : 'none';
  const dist =
    best.inside < 2
      ? 'apart'
      : best.distance < 0
        ? 'event'
        : best.distance <= NEAR_CHARS
          ? 'near'
          : best.distance <= FAR_CHARS
            ? 'mid'
            : 'far';
  const support = relation.evidence.length > 1 ? 'several' : 'single';
  const ends =
    Math.min(source?.confidence ?? 1, target?.confidence ?? 1) >= 0.9 ? 'sure-ends' : 'unsure-ends';
  return [relation.type, relation.rule ?? 'unknown', span, dist, support, ends];
}

function anchorsIn(entity: Entity | undefined, span: Mention): Mention[] | 'event' {
  if (!entity || entity.type === 'Event') return 'event';
  return entity.mentions.filter(
    (m) => m.document === span.document && m.start >= span.start && m.end <= span.end,
  );
}

function minDistance(a: readonly Mention[], b: readonly Mention[]): number {
  let min = Infinity;
  for (const x of a) for (const y of b) min = Math.min(min, Math.abs(x.start - y.start));
  return min;
}

/** The value of the longest prefix of `features` the table holds. */
export function lookup(table: ConfidenceTable['relations'], features: readonly string[]): number {
  let p = UNSEEN;
  for (let i = 1; i <= features.length; i++) {
    const row = table[features.slice(0, i).join('|')];
    if (!row) break;
    p = row.p;
  }
  return +p.toFixed(3);
}

/** Sets `confidence` on every entity and relation of one document's extraction. */
export function assignConfidence(extraction: Extraction, table = CONFIDENCE_TABLE): Extraction {
  const entities = extraction.entities.map((e) =>
    e.type === 'Event'
      ? { ...e, confidence: 1 }
      : { ...e, confidence: lookup(table.entities, entityFeatures(e)) },
  );
  const byId = new Map(entities.map((e) => [e.id, e]));
  const relations = extraction.relations.map((r) => ({
    ...r,
    confidence: PROVENANCE.has(r.type)
      ? r.type === 'DESCRIBES'
        ? 1
        : (byId.get(r.source)?.confidence ?? 1)
      : lookup(table.relations, relationFeatures(r, byId)),
  }));
  return { ...extraction, entities, relations };
}
