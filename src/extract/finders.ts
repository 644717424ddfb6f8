import type { ParsedDocument } from '../model/index.js';
import type { Candidate, EntityFinder, ExtractorOutput, RelationFinder } from './core/types.js';
import { findPeople } from './finders/people/people.js';
import { findRegions } from './finders/places/regions.js';
import { findOrganizations } from './finders/organizations/organizations.js';
import { findMilitaryUnits } from './finders/units/military-units.js';
import { findAgreements } from './finders/agreements/agreements.js';
import { findPositions } from './finders/positions/positions.js';
import { findParticipation } from './finders/events/participation.js';
import { findAsked } from './finders/events/asked.js';
import { findUnitRelations } from './finders/units/unit-relations.js';
import { findAgreementRelations } from './finders/agreements/agreement-relations.js';
import { findFigures } from './finders/figures/figures.js';
import { findHeldIn } from './finders/places/held-in.js';
import { findLocatedIn } from './finders/places/located-in.js';
import { findPartOf } from './finders/places/part-of-regions.js';
import { findPartnerOf } from './finders/places/partner-of.js';

/** Entity finders, run first over the whole document. */
export const ENTITY_FINDERS: EntityFinder[] = [
  findPeople,
  findRegions,
  findOrganizations,
  findMilitaryUnits,
  findAgreements,
];

/** Relation finders, given every entity candidate kept. Order matters: the first property set wins. */
export const RELATION_FINDERS: RelationFinder[] = [
  findParticipation,
  findPositions,
  findAsked,
  findUnitRelations,
  findAgreementRelations,
  findHeldIn,
  findLocatedIn,
  findPartOf,
  findPartnerOf,
];

/** Figures need the other entities to know who stated them and what they measure. */
export const FIGURE_FINDER: (doc: ParsedDocument, found: readonly Candidate[]) => ExtractorOutput =
  findFigures;
