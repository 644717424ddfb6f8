import { fuzzyCandidates } from './fuzzy-candidates.js';
import { lexiconCandidates, withoutOverlaps } from './lexicon-candidates.js';
import { regionPatternCandidates } from './region-patterns.js';
import { organizationPatternCandidates } from './organization-patterns.js';
import type { Candidate, EntityFinder } from './types.js';

/**
 * Regions: countries, federal subjects, cities, districts, areas and sites, from the lexicons
 * (src/extract/lexicons) and from head-noun patterns ("région de Sumy", "rivière Kama").
 * `canonical` is the lexicon's name; `properties.kind` is country | federal_subject | city | district | area | site.
 */
export const findRegions: EntityFinder = (doc) => {
  // "chantier naval Perm", "usine Kirov": a plant's name is not a mention of the town it borrows.
  const plants = organizationPatternCandidates(doc).filter((o) => o.properties?.kind === 'company');
  const insidePlant = (c: Candidate) => plants.some((p) => p.span.start <= c.span.start && c.span.end <= p.span.end);
  return withoutOverlaps([
    ...fuzzyCandidates(doc, 'Region'),
    ...lexiconCandidates(doc, 'Region'),
    ...regionPatternCandidates(doc),
  ]).filter((c) => !insidePlant(c));
};
