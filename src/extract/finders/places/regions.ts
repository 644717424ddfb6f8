import firstNames from '../../lexicons/first-names.json' with { type: 'json' };
import { foldForSearch } from '../../core/normalize-name.js';
import { containersOf } from './gazetteer-lexicon.js';
import { fuzzyCandidates } from './fuzzy-candidates.js';
import { lexiconCandidates, withoutOverlaps } from './lexicon-candidates.js';
import { regionPatternCandidates } from './region-patterns.js';
import { organizationPatternCandidates } from '../organizations/organization-patterns.js';
import type { Candidate, EntityFinder } from '../../core/types.js';
import { NAMING_CUE_BEFORE, NAMING_CUE_AFTER } from '../../core/text-windows.js';

/**
 * Regions: countries, federal subjects, cities, districts, areas and sites, from the lexicons
 * (src/extract/lexicons) and from head-noun patterns ("région de Sumy", "rivière Kama").
 * `canonical` is the lexicon's name; `properties.kind` is country | federal_subject | city | district | area | site.
 */
// A place that only names something else is no mention of the place: "convention de Genève",
// "accords de Minsk", "groupe de forces Kursk", "the Black Sea Fleet", "flotte de la mer Noire".
const NAMING_BEFORE =
  /(?:convention|conventions|accords?|protocole|format|formule|processus|flotte|flottille|groupe\s+de\s+forces|district\s+militaire)\s+(?:de\s+(?:la\s+|l['’])?|d['’]|du\s+)?$/iu;
const NAMING_AFTER =
  /^\s+(?:Fleet|Flotilla|Military\s+District|Group\s+of\s+Forces|Accords?|Agreements?|Format|Convention)(?![\p{L}])/u;

const onlyNames = (text: string, c: Candidate) =>
  NAMING_BEFORE.test(text.slice(Math.max(0, c.span.start - NAMING_CUE_BEFORE), c.span.start)) ||
  NAMING_AFTER.test(text.slice(c.span.end, c.span.end + NAMING_CUE_AFTER));

// "Anatoli Nikolaïev", "Ivan Kazan": a town's name right after a given name is a surname.
const FIRST_NAMES = new Set((firstNames as string[]).map((n) => foldForSearch(n)));
const WORD_BEFORE = /(\p{Lu}[\p{L}’'-]*)[ \u00a0]+$/u;
const SURNAME_PEEK = 24;
const isSurname = (text: string, c: Candidate) => {
  if (c.properties?.kind !== 'city') return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, c.span.start - SURNAME_PEEK), c.span.start));
  return !!before && FIRST_NAMES.has(foldForSearch(before[1]!));
};

// "en direction de Koursk", "sur la direction de Zaporojié": a front's direction is named after the
// region, not the town ("direction" alone, not "direction des opérations").
const DIRECTION_BEFORE = /\bdirection[ \u00a0]+(?:de[ \u00a0]+|d['’]|du[ \u00a0]+)$/iu;
function asDirection(text: string, c: Candidate): Candidate {
  if (c.properties?.kind !== 'city' || !c.canonical) return c;
  if (!DIRECTION_BEFORE.test(text.slice(Math.max(0, c.span.start - NAMING_CUE_BEFORE), c.span.start)))
    return c;
  // Only the region that bears the town's name: "direction de Pokrovsk" stays the town.
  const subject = containersOf(c.canonical).find((x) => foldForSearch(x).includes(foldForSearch(c.name)));
  if (!subject) return c;
  return { ...c, canonical: subject, properties: { kind: 'federal_subject', ambiguous: 'city' } };
}

export const findRegions: EntityFinder = (doc) => {
  // "chantier naval Perm", "usine Kirov": a plant's name is not a mention of the town it borrows.
  // "Université fédérale de l’Oural", "the Ural Federal University": an area in an institution's name
  // is no mention of the area either.
  const named = organizationPatternCandidates(doc);
  const insidePlant = (c: Candidate) =>
    named.some(
      (p) =>
        (p.properties?.kind === 'company' || c.properties?.kind === 'area') &&
        p.span.start <= c.span.start &&
        c.span.end <= p.span.end,
    );
  return withoutOverlaps([
    ...fuzzyCandidates(doc, 'Region'),
    ...lexiconCandidates(doc, 'Region'),
    ...regionPatternCandidates(doc),
  ])
    .filter((c) => !insidePlant(c) && !onlyNames(doc.text, c) && !isSurname(doc.text, c))
    .map((c) => asDirection(doc.text, c));
};
