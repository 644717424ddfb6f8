import { normalizeName } from '../../core/normalize-name.js';
import military from '../../lexicons/military.json' with { type: 'json' };
import cities from '../../lexicons/cities.json' with { type: 'json' };
import russia from '../../lexicons/regions-russia.json' with { type: 'json' };
import world from '../../lexicons/regions-world.json' with { type: 'json' };
import roles from '../../lexicons/place-roles.json' with { type: 'json' };

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * True when `index` starts a word. Patterns check this in code rather than with a leading
 * lookbehind, which stops the regex engine from skipping ahead to the first literal (4× slower).
 */
export const startsWord = (text: string, index: number): boolean =>
  index === 0 || !WORD_CHAR.test(text[index - 1]!);

/** Regex source for a lexicon phrase: literal text, any apostrophe, any run of spaces. */
export function phraseSource(phrase: string): string {
  return phrase
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/[’']/g, "[’']")
    .replace(/\s+/g, '\\s+');
}

// French adjectives agree with a plural echelon: "106e divisions aériennes", "brigades séparées".
const pluralFlex = (source: string) =>
  source.replace(/\p{L}{4,}(?=\\s|$)/gu, (w) => (w.endsWith('s') ? w : `${w}s?`));

const alternation = (phrases: readonly string[], flex = false) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => (flex ? pluralFlex(phraseSource(p)) : phraseSource(p)))
    .join('|');

/** "division" / "Divisions" / "régiments" → normalised echelon ("division", "regiment"). */
const ECHELON_OF = new Map<string, string>();
for (const e of military.echelons) {
  for (const w of [...e.fr, ...e.en]) ECHELON_OF.set(w.toLowerCase(), e.echelon);
}

export function echelonOf(word: string): string | undefined {
  return ECHELON_OF.get(word.toLowerCase().replace(/\s+/g, ' '));
}

export const FR_ECHELONS = alternation(military.echelons.flatMap((e) => e.fr));
export const EN_ECHELONS = alternation(military.echelons.flatMap((e) => e.en));
export const FR_QUALIFIERS = alternation(military.frQualifiers, true);
export const EN_QUALIFIERS = alternation(military.enQualifiers);

export interface Formation {
  canonical: string;
  echelon: string;
  forms: string[];
}
export const FORMATIONS: readonly Formation[] = military.formations;

export const GROUP_NAMES = alternation(military.groupNames);

// "groupe de forces Est" and "the Vostok Group of Forces" are one grouping, as are "groupe Koursk" and
// "groupe de forces à Kursk": a bearing's synonyms (French, English, transliterated Russian, the
// adjective) and a place's spellings share one key, the first form listed.
const GROUP_KEY = new Map<string, string>();
const keyAll = (forms: readonly string[]) => {
  if (forms.length === 0) return;
  const key = normalizeName(forms[0]!);
  for (const f of forms) if (!GROUP_KEY.has(normalizeName(f))) GROUP_KEY.set(normalizeName(f), key);
};
for (const forms of military.groupSynonyms) keyAll(forms);
for (const name of military.groupNames) keyAll([name]);
for (const s of russia.subjects) keyAll(s.stems);
for (const r of world.regions) keyAll(r.stems);
for (const c of cities.cities) keyAll(c.forms);

/**
 * True when `name` may follow a bare "groupe" as a grouping's name: a bearing, a federal subject, a
 * region or a city ("groupe Koursk"), never a company ("groupe Sibur") or a club ("groupe des Vingt").
 */
export const isGroupingName = (name: string): boolean => GROUP_KEY.has(normalizeName(name));

/** Resolution key of a grouping named `name` ("Vostok", "Kursk", "nord", "régional conjoint"). */
export function groupKey(name: string): string {
  const folded = normalizeName(name);
  const words =
    GROUP_KEY.get(folded) ??
    folded
      .split(' ')
      .map((w) => GROUP_KEY.get(w) ?? w)
      .join(' ');
  return `group ${words}`;
}

export const GROUP_ADJECTIVES = alternation(military.groupAdjectives);

export const NAMED_UNIT_HEADS = military.namedUnitHeads.flatMap((h) =>
  h.fr.map((form) => ({ form, echelon: h.echelon })),
);
export const NAMED_UNIT_QUALIFIERS = alternation(military.namedUnitQualifiers);
export const EN_NAMED_TAILS = military.enNamedTails;
export const DESCRIPTIVE_UNITS = military.descriptiveUnits;
export const NOT_NAMES = new Set(military.notNames.map((w) => w.toLowerCase()));

export const OPERATION_TRIGGER = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternation(military.operationTriggers)})`,
  'iu',
);

// "les participants de l’opération militaire spéciale": the campaign's name tells no action.
const NAMED_OPERATION = new RegExp(alternation(roles.namedOperations), 'giu');

/** True when `text` tells of fighting, advancing, deploying…, not only of the campaign by name. */
export const tellsAction = (text: string): boolean =>
  OPERATION_TRIGGER.test(text.replace(NAMED_OPERATION, ' '));
export const RELATIVE_DIRECTION = new RegExp(
  `(?:${alternation(military.relativeDirections)})\\s*(?:la\\s+|le\\s+|l[’']\\s*)?$`,
  'iu',
);

// "Le plus grand succès a été obtenu par la 27e division …": credits units with the action just told.
export const CREDIT_TRIGGER = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(military.creditTriggers)})`, 'iu');
export const THEATRE_CUE = new RegExp(`(?:${alternation(military.theatreCues)})\\s*$`, 'iu');
// "en direction de Koursk": the axis a unit fights along, away from wherever the event was held.
export const DIRECTION_CUE = new RegExp(`(?:${alternation(military.directionCues)})\\s*$`, 'iu');

// "Les troupes avancent en direction de …" after a sentence naming units: the same units go on, unless
// the subject names its own ("Les unités du groupe de forces Sud …").
export const ANAPHORIC_SUBJECT = new RegExp(
  `^(?:${alternation(military.anaphoricSubjects)})(?![\\p{L}\\p{N}])(?!\\s+(?:de|du|des|d[’']|of)(?![\\p{L}]))`,
  'iu',
);

// "des drones fabriqués à Ijevsk", "originaire de Pskov", "à 10 kilomètres de Bakhmout": a place named
// for where something was made, based or born, or as a distance reference, is not where units act.
const PLACE_OF = String.raw`\s+(?:à|au|aux|en|dans|de|d[’']|du|des)\s*(?:la\s+|l[’']\s*|le\s+|les\s+)?$`;
export const NOT_SCENE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${alternation(roles.notScene)}|à\s+(?:[\d\s,.]+|quelques|plusieurs)\s*(?:${alternation(roles.distanceUnits)}))${PLACE_OF}`,
  'iu',
);

// "les familles de la 6e brigade", "le monument aux héros de la 6e compagnie": people or memory of a
// unit, not the unit in action.
export const NOT_ACTOR_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${alternation(roles.notActors)})(?:[ \u00a0]+\p{Ll}+)?[ \u00a0]+(?:de[ \u00a0]+la|de[ \u00a0]+l[’']|du|des|de|d[’'])[ \u00a0]*$`,
  'iu',
);
