import type { ParsedDocument } from '../model/index.js';
import type { Candidate, EntityFinder, ExtractorOutput, RelationFinder } from './types.js';
import { findPeople } from './people.js';
import { findRegions } from './regions.js';
import { findOrganizations } from './organizations.js';
import { findMilitaryUnits } from './military-units.js';
import { findAgreements } from './agreements.js';
import { findPositions } from './positions.js';
import { findParticipation } from './participation.js';
import { findAsked } from './asked.js';
import { findUnitRelations } from './unit-relations.js';
import { findAgreementRelations } from './agreement-relations.js';
import { findFigures } from './figures.js';
import { findHeldIn } from './held-in.js';
import { findLocatedIn } from './located-in.js';
import { findPartOf } from './part-of-regions.js';
import { findPartnerOf } from './partner-of.js';

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
