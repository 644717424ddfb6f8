import { RELATION_TYPES, type RelationType } from '../model/index.js';

/** Labels a user may filter on; anything else in `types` is ignored rather than spliced into Cypher. */
export const SEARCHABLE_LABELS = [
  'Person',
  'Region',
  'Organization',
  'MilitaryUnit',
  'Agreement',
  'Figure',
  'Event',
];

/** Cypher expression (over node variable `v`) giving { id, type, name } with the contract's label as type. */
export const refOf = (v: string) =>
  `{ id: ${v}.id, type: head([l IN labels(${v}) WHERE l <> 'Entity']), name: coalesce(${v}.name, ${v}.title, ${v}.id) }`;

export function checkRelationType(type: string | null | undefined): RelationType | null {
  if (type === null || type === undefined || type === '') return null;
  const upper = type.toUpperCase();
  return (RELATION_TYPES as readonly string[]).includes(upper) ? (upper as RelationType) : null;
}

/** Clamps a user-supplied limit into [1, max]. */
export const clampLimit = (limit: number | null | undefined, fallback: number, max: number) =>
  Math.max(1, Math.min(max, Math.trunc(limit ?? fallback) || fallback));
