/** Entity labels and relation types exactly as shared/spec/EXTRACTION.md spells them. */
export const ENTITY_TYPES = [
  'Document',
  'Event',
  'Person',
  'Region',
  'Organization',
  'MilitaryUnit',
  'Agreement',
  'Figure',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'DESCRIBES',
  'HELD_IN',
  'PARTICIPATED_IN',
  'MENTIONED_IN',
  'HOLDS_POSITION',
  'PART_OF',
  'LOCATED_IN',
  'OPERATED_IN',
  'STATED',
  'MEASURES',
  'SIGNED',
  'PARTY_TO',
  'PARTNER_OF',
  'ASKED',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const isEntityType = (s: string): s is EntityType => (ENTITY_TYPES as readonly string[]).includes(s);
export const isRelationType = (s: string): s is RelationType =>
  (RELATION_TYPES as readonly string[]).includes(s);

/** Id prefix per label: ids are `prefix:slug` (person:vladimir-poutine). */
export const ID_PREFIX: Record<EntityType, string> = {
  Document: 'doc',
  Event: 'event',
  Person: 'person',
  Region: 'region',
  Organization: 'org',
  MilitaryUnit: 'unit',
  Agreement: 'agreement',
  Figure: 'figure',
};
