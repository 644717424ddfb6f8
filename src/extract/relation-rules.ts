import type { EntityType, RelationType } from '../model/index.js';

const ENTITIES: EntityType[] = ['Person', 'Region', 'Organization', 'MilitaryUnit', 'Agreement', 'Figure'];

/** Allowed endpoint types per relation, as the contract's table states them. */
export const RELATION_ENDPOINTS: Record<RelationType, { from: EntityType[]; to: EntityType[] }> = {
  DESCRIBES: { from: ['Document'], to: ['Event'] },
  HELD_IN: { from: ['Event'], to: ['Region'] },
  PARTICIPATED_IN: { from: ['Person'], to: ['Event'] },
  MENTIONED_IN: { from: ENTITIES, to: ['Event'] },
  HOLDS_POSITION: { from: ['Person'], to: ['Region', 'Organization', 'MilitaryUnit'] },
  PART_OF: {
    from: ['MilitaryUnit', 'Region', 'Organization'],
    to: ['MilitaryUnit', 'Organization', 'Region'],
  },
  LOCATED_IN: { from: ['Organization'], to: ['Region'] },
  OPERATED_IN: { from: ['MilitaryUnit'], to: ['Region'] },
  STATED: { from: ['Person'], to: ['Figure'] },
  MEASURES: { from: ['Figure'], to: ['Region', 'Organization', 'MilitaryUnit', 'Agreement'] },
  SIGNED: { from: ['Person'], to: ['Agreement'] },
  PARTY_TO: { from: ['Region', 'Organization'], to: ['Agreement'] },
  PARTNER_OF: { from: ['Region'], to: ['Region'] },
  ASKED: { from: ['Person'], to: ['Person'] },
};

// PART_OF pairs the contract names: unit in unit or organisation, region in region, organisation in organisation.
const PART_OF_PAIRS = new Set([
  'MilitaryUnit>MilitaryUnit',
  'MilitaryUnit>Organization',
  'Region>Region',
  'Organization>Organization',
]);

export function allowedRelation(type: RelationType, from: EntityType, to: EntityType): boolean {
  if (type === 'PART_OF') return PART_OF_PAIRS.has(`${from}>${to}`);
  const rule = RELATION_ENDPOINTS[type];
  return rule.from.includes(from) && rule.to.includes(to);
}
