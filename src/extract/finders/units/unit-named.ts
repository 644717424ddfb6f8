import { normalizeName } from '../../core/normalize-name.js';
import type { UnitMatch } from './unit-numbered.js';
import {
  DESCRIPTIVE_UNITS,
  EN_NAMED_TAILS,
  EN_QUALIFIERS,
  FORMATIONS,
  GROUP_ADJECTIVES,
  GROUP_NAMES,
  groupKey,
  isGroupingName,
  NAMED_UNIT_HEADS,
  NAMED_UNIT_QUALIFIERS,
  NOT_NAMES,
  phraseSource,
  startsWord,
} from './unit-lexicon.js';
import { matchAll } from '../../core/match-all.js';
import { PROPER_WORD_BEFORE, FOREIGN_OWNER_AFTER } from '../../core/text-windows.js';

const END = '(?![\\p{L}\\p{N}])';
const isProper = (w: string) => /^\p{Lu}/u.test(w) && !NOT_NAMES.has(w.toLowerCase());
const named = (start: number, end: number, echelon: string, key?: string): UnitMatch => ({
  start,
  end,
  number: null,
  echelon,
  ...(key !== undefined ? { key } : {}),
});

/** The capitalised word just before `index` ("Akhmat" in "Akhmat Special Forces"), with its start. */
function properBefore(text: string, index: number): { word: string; start: number } | undefined {
  const m = /(\p{Lu}[\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, index - PROPER_WORD_BEFORE), index));
  if (!m) return undefined;
  const start = index - m[0].length;
  return startsWord(text, start) ? { word: m[1]!, start } : undefined;
}

// A fleet of another navy is not the Russian one: "forces terrestres ukrainiennes".
const FOREIGN_AFTER =
  /^\s+(?:ukrainien|de l[’']Ukraine|américain|de l[’']OTAN|de l[’']Otan|britannique|français)/iu;
const FORMATION_OF = new Map(FORMATIONS.flatMap((f) => f.forms.map((form) => [fold(form), f] as const)));
const FORMATION = new RegExp(
  `(?:${[...FORMATIONS.flatMap((f) => f.forms)]
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join('|')})${END}`,
  'gu',
);
function fold(s: string): string {
  return s.replace(/[’']/g, '’').replace(/\s+/g, ' ');
}

/** Formations named by the lexicon: "flotte du Pacifique", "Black Sea Fleet", "forces aérospatiales". */
export function findFormations(text: string): UnitMatch[] {
  const out: UnitMatch[] = [];
  for (const m of matchAll(text, FORMATION)) {
    const f = FORMATION_OF.get(fold(m[0]));
    const end = m.index + m[0].length;
    if (!f || !startsWord(text, m.index) || FOREIGN_AFTER.test(text.slice(end, end + FOREIGN_OWNER_AFTER)))
      continue;
    out.push(named(m.index, end, f.echelon, normalizeName(f.canonical)));
  }
  return out;
}

// "groupe de forces Kursk", "groupe de forces à Kursk", "groupe de forces « Nord »".
const GROUP_NAMED = new RegExp(
  `[Gg]roupe(?:ment)?\\s+(?:de|des)\\s+(?:forces|troupes)\\s+(?:(?:à|de)\\s+)?(?:«\\s*)?(${GROUP_NAMES}|\\p{Lu}[\\p{L}-]+)(?:\\s*»)?${END}`,
  'gu',
);
// "groupe Koursk", "groupement « Nord »": a bare grouping named by a bearing or a place.
const GROUP_BARE = new RegExp(`[Gg]roupe(?:ment)?\\s+(?:«\\s*)?(\\p{Lu}[\\p{L}-]+)(?:\\s*»)?${END}`, 'gu');
// "groupe nord des forces", "groupe régional conjoint de forces" (word-for-word translations).
const GROUP_QUALIFIED = new RegExp(
  `groupe(?:ment)?((?:\\s+(?:${GROUP_ADJECTIVES}))+)\\s+(?:de|des)\\s+(?:forces|troupes)${END}`,
  'giu',
);
// "Group of Forces North", "North Group of Forces", "Dnepr group of forces".
const GROUP_EN = new RegExp(
  `[Gg]roup\\s+of\\s+(?:Forces|Troops|forces|troops)(?:\\s+(${GROUP_NAMES})${END})?`,
  'gu',
);

/** Groups of forces, named by a place or direction, or by adjectives. */
export function findForceGroups(text: string): UnitMatch[] {
  const out: UnitMatch[] = [];
  for (const m of matchAll(text, GROUP_NAMED)) {
    if (!startsWord(text, m.index) || NOT_NAMES.has(m[1]!.toLowerCase())) continue;
    out.push(named(m.index, m.index + m[0].length, 'group', groupKey(m[1]!)));
  }
  for (const m of matchAll(text, GROUP_BARE)) {
    if (!startsWord(text, m.index) || !isGroupingName(m[1]!)) continue;
    out.push(named(m.index, m.index + m[0].length, 'group', groupKey(m[1]!)));
  }
  for (const m of matchAll(text, GROUP_QUALIFIED)) {
    if (!startsWord(text, m.index)) continue;
    out.push(named(m.index, m.index + m[0].length, 'group', groupKey(m[1]!)));
  }
  for (const m of matchAll(text, GROUP_EN)) {
    const before = properBefore(text, m.index);
    const name = m[1] ?? (before && isProper(before.word) ? before.word : undefined);
    if (!name) continue;
    const start = !m[1] && before ? before.start : m.index;
    out.push(named(start, m.index + m[0].length, 'group', groupKey(name)));
  }
  return out;
}

// "district militaire Ouest", "district militaire de Leningrad", "Southern Military District".
const DISTRICT_FR = new RegExp(
  `district\\s+militaire\\s+(?:(?:du|de\\s+l[’']|de\\s+la|de)\\s*)?(\\p{Lu}[\\p{L}-]+)${END}`,
  'gu',
);
const DISTRICT_EN = new RegExp(`Military\\s+District${END}`, 'gu');

/** Military districts named by a place or a bearing. */
export function findDistricts(text: string): UnitMatch[] {
  const out: UnitMatch[] = [];
  for (const m of matchAll(text, DISTRICT_FR)) {
    if (startsWord(text, m.index)) {
      out.push(named(m.index, m.index + m[0].length, 'district', `district ${normalizeName(m[1]!)}`));
    }
  }
  for (const m of matchAll(text, DISTRICT_EN)) {
    const before = properBefore(text, m.index);
    if (before)
      out.push(
        named(before.start, m.index + m[0].length, 'district', `district ${normalizeName(before.word)}`),
      );
  }
  return out;
}

const ECHELON_OF_HEAD = new Map(NAMED_UNIT_HEADS.map((h) => [h.form, h.echelon]));
const HEAD = new RegExp(
  `(${NAMED_UNIT_HEADS.map((h) => phraseSource(h.form)).join('|')})((?:\\s+(?:${NAMED_UNIT_QUALIFIERS}))*)\\s+(?:«\\s*)?(\\p{L}[\\p{L}-]+)(?:\\s*»)?${END}`,
  'giu',
);
const EN_QUALIFIER_SET = new Set(EN_QUALIFIERS.split('|').map((w) => w.toLowerCase()));
const EN_TAIL_OF = new Map(EN_NAMED_TAILS.map((t) => [t.tail, t.echelon]));
const EN_TAIL = new RegExp(
  `(?:${EN_NAMED_TAILS.map((t) => t.tail)
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join('|')})${END}`,
  'gu',
);

/** Units known by a proper name: "unité UAV Rubicon", "forces spéciales Akhmat", "the Akhmat Special Forces". */
export function findNamedUnits(text: string): UnitMatch[] {
  const out: UnitMatch[] = [];
  for (const m of matchAll(text, HEAD)) {
    if (!startsWord(text, m.index) || !isProper(m[3]!)) continue;
    const echelon = ECHELON_OF_HEAD.get(m[1]!.toLowerCase().replace(/\s+/g, ' ')) ?? 'unit';
    out.push(named(m.index, m.index + m[0].length, echelon, normalizeName(m[3]!)));
  }
  for (const m of matchAll(text, EN_TAIL)) {
    const before = properBefore(text, m.index);
    if (!before || !isProper(before.word) || EN_QUALIFIER_SET.has(before.word.toLowerCase())) continue;
    const echelon = EN_TAIL_OF.get(m[0].replace(/\s+/g, ' ')) ?? 'unit';
    out.push(named(before.start, m.index + m[0].length, echelon, normalizeName(before.word)));
  }
  return out;
}

// A volunteer detachment may carry who its volunteers are: "détachement de volontaires des anciens
// combattants"; the complement stops before a linking word ("et", "qui", "de", …).
const STOP = '(?:et|ou|qui|que|de|du|des|la|le|les|l|ainsi|dans|à|en|sur|pour|par|avec|au|aux)';
const COMPLEMENT = `(?:\\s+(?:des|du)\\s+(?!${STOP}${END})[\\p{L}-]+(?:\\s+(?!${STOP}${END})\\p{Ll}[\\p{L}-]+)?|\\s*«[^»\\n]{1,40}»)?`;
const DESCRIPTIVE = DESCRIPTIVE_UNITS.map((d) => ({
  echelon: d.echelon,
  re: new RegExp(`${phraseSource(d.fr)}${END}${d.fr.includes('volontaires') ? COMPLEMENT : ''}`, 'giu'),
}));

/** Units named by what they are, in the singular: "unité d’assaut combinée", "détachement de volontaires …". */
export function findDescriptiveUnits(text: string): UnitMatch[] {
  const out: UnitMatch[] = [];
  for (const d of DESCRIPTIVE) {
    for (const m of matchAll(text, d.re)) {
      if (startsWord(text, m.index)) out.push(named(m.index, m.index + m[0].length, d.echelon));
    }
  }
  return out;
}
