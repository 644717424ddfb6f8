import type { EntityType, RelationType } from './names.js';

const ENTITIES: readonly EntityType[] = [
  'Person',
  'Region',
  'Organization',
  'MilitaryUnit',
  'Agreement',
  'Figure',
];

/** Allowed endpoint labels per relation type, as the contract's table states them (shared/spec/EXTRACTION.md). */
export const RELATION_ENDPOINTS: Record<
  RelationType,
  { from: readonly EntityType[]; to: readonly EntityType[] }
> = {
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
