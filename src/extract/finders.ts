import type { ParsedDocument } from '../model/index.js';
import type { Candidate, EntityFinder, ExtractorOutput, RelationFinder } from './types.js';
import { findPeople } from './people.js';
import { findMilitaryUnits } from './military-units.js';
import { findPositions } from './positions.js';

/** Entity finders, run first over the whole document. */
export const ENTITY_FINDERS: EntityFinder[] = [findPeople, findMilitaryUnits];

/** Relation finders, given every entity candidate kept. Order matters: the first property set wins. */
export const RELATION_FINDERS: RelationFinder[] = [findPositions];

/** Figures need the other entities to know who stated them and what they measure. */
export const FIGURE_FINDER: (doc: ParsedDocument, found: readonly Candidate[]) => ExtractorOutput = () => ({
  candidates: [],
  relations: [],
});
