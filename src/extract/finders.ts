import type { EntityFinder, EntityRelationFinder, Finder, RelationFinder } from './core/types.js';
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
import { findEventSites, findHeldAtSite } from './finders/events/event-sites.js';
import { findTheatreNames } from './finders/units/unit-theatre-names.js';

/** Entity finders, run first over the whole document. */
export const ENTITY_FINDERS: readonly Finder<EntityFinder>[] = [
  { name: 'people', emits: ['Person'], needs: [], find: findPeople },
  { name: 'regions', emits: ['Region'], needs: [], find: findRegions },
  { name: 'organizations', emits: ['Organization'], needs: [], find: findOrganizations },
  { name: 'military-units', emits: ['MilitaryUnit'], needs: [], find: findMilitaryUnits },
  { name: 'agreements', emits: ['Agreement'], needs: [], find: findAgreements },
  { name: 'event-sites', emits: ['Region'], needs: [], find: findEventSites },
  { name: 'theatre-names', emits: ['Region'], needs: [], find: findTheatreNames },
];

/** Relation finders, given every entity candidate kept. Order matters: the first property set wins. */
export const RELATION_FINDERS: readonly Finder<RelationFinder>[] = [
  { name: 'participation', emits: ['PARTICIPATED_IN'], needs: ['Person'], find: findParticipation },
  {
    name: 'positions',
    emits: ['HOLDS_POSITION'],
    needs: ['Person', 'Region', 'Organization', 'MilitaryUnit'],
    find: findPositions,
  },
  { name: 'asked', emits: ['ASKED'], needs: ['Person'], find: findAsked },
  {
    name: 'unit-relations',
    emits: ['OPERATED_IN', 'PART_OF'],
    needs: ['MilitaryUnit', 'Organization', 'Region'],
    find: findUnitRelations,
  },
  {
    name: 'agreement-relations',
    emits: ['PARTY_TO', 'SIGNED'],
    needs: ['Agreement', 'Person', 'Region', 'Organization'],
    find: findAgreementRelations,
  },
  { name: 'held-in', emits: ['HELD_IN'], needs: ['Region'], find: findHeldIn },
  { name: 'held-at-site', emits: ['HELD_IN'], needs: ['Region'], find: findHeldAtSite },
  { name: 'located-in', emits: ['LOCATED_IN'], needs: ['Organization', 'Region'], find: findLocatedIn },
  { name: 'part-of', emits: ['PART_OF'], needs: ['Region', 'Organization'], find: findPartOf },
  { name: 'partner-of', emits: ['PARTNER_OF'], needs: ['Region'], find: findPartnerOf },
];

/** Figures need the other entities to know who stated them and what they measure. */
export const FIGURE_FINDER: Finder<EntityRelationFinder> = {
  name: 'figures',
  emits: ['Figure', 'STATED', 'MEASURES'],
  needs: ['Person', 'Region', 'Organization', 'MilitaryUnit', 'Agreement'],
  find: findFigures,
};
