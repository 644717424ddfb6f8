import type { EntityType, RelationType } from '../../model/index.js';
import { RELATION_ENDPOINTS } from '../../model/index.js';

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
