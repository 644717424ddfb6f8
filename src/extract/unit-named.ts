import { normalizeName } from './normalize-name.js';
import type { UnitMatch } from './unit-numbered.js';
import {
  DESCRIPTIVE_UNITS,
  EN_NAMED_TAILS,
  EN_QUALIFIERS,
  FORMATIONS,
  GROUP_ADJECTIVES,
  GROUP_NAMES,
  NAMED_UNIT_HEADS,
  NAMED_UNIT_QUALIFIERS,
  NOT_NAMES,
  phraseSource,
} from './unit-lexicon.js';

const START = '(?<![\\p{L}\\p{N}])';
const END = '(?![\\p{L}\\p{N}])';
const PROPER = '(\\p{Lu}[\\p{L}-]+)';
const isProper = (w: string) => /^\p{Lu}/u.test(w) && !NOT_NAMES.has(w.toLowerCase());

// A fleet of another navy is not the Russian one: "forces terrestres ukrainiennes".
const FOREIGN_AFTER = /^\s+(?:ukrainien|de l[’']Ukraine|américain|de l[’']OTAN|de l[’']Otan|britannique|français)/iu;

/** Formations named by the lexicon: "flotte du Pacifique", "Black Sea Fleet", "forces aérospatiales". */
export function findFormations(text: string): UnitMatch[] {
  const out: UnitMatch[] = [];
  for (const f of FORMATIONS) {
    const re = new RegExp(`${START}(?:${f.forms.map(phraseSource).join('|')})${END}`, 'gu');
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      if (FOREIGN_AFTER.test(text.slice(end, end + 30))) continue;
      out.push({ start: m.index, end, number: null, echelon: f.echelon, key: normalizeName(f.canonical) });
    }
  }
  return out;
}

// "groupe de forces Kursk", "groupe de forces à Kursk", "groupe de forces « Nord »".
const GROUP_NAMED = new RegExp(
  `${START}[Gg]roupe(?:ment)?\\s+(?:de|des)\\s+(?:forces|troupes)\\s+(?:(?:à|de)\\s+)?(?:«\\s*)?(${GROUP_NAMES}|\\p{Lu}[\\p{L}-]+)(?:\\s*»)?${END}`,
  'gu',
);
// "groupe nord des forces", "groupe régional conjoint de forces" (word-for-word translations).
const GROUP_QUALIFIED = new RegExp(
  `${START}[Gg]roupe(?:ment)?((?:\\s+(?:${GROUP_ADJECTIVES}))+)\\s+(?:de|des)\\s+(?:forces|troupes)${END}`,
  'giu',
);
// "Group of Forces North", "North Group of Forces", "Dnepr group of forces".
const GROUP_EN = new RegExp(
  `${START}(?:(${GROUP_NAMES}|\\p{Lu}[\\p{L}-]+)\\s+)?[Gg]roup\\s+of\\s+(?:Forces|Troops|forces|troops)(?:\\s+(${GROUP_NAMES})${END})?`,
  'gu',
);

/** Groups of forces, named by a place or direction, or by adjectives. */
export function findForceGroups(text: string): UnitMatch[] {
  const out: UnitMatch[] = [];
  for (const m of text.matchAll(GROUP_NAMED)) {
    if (NOT_NAMES.has(m[1]!.toLowerCase())) continue;
    out.push({ start: m.index, end: m.index + m[0].length, number: null, echelon: 'group', key: `group ${normalizeName(m[1]!)}` });
  }
  for (const m of text.matchAll(GROUP_QUALIFIED)) {
    out.push({ start: m.index, end: m.index + m[0].length, number: null, echelon: 'group', key: `group ${normalizeName(m[1]!)}` });
  }
  for (const m of text.matchAll(GROUP_EN)) {
    const name = m[2] ?? m[1];
    if (!name || NOT_NAMES.has(name.toLowerCase()) || name === 'The') continue;
    out.push({ start: m.index, end: m.index + m[0].length, number: null, echelon: 'group', key: `group ${normalizeName(name)}` });
  }
  return out;
}

// "district militaire Ouest", "district militaire de Leningrad", "Southern Military District".
const DISTRICT_FR = new RegExp(
  `${START}district\\s+militaire\\s+(?:(?:du|de\\s+l[’']|de\\s+la|de)\\s*)?(\\p{Lu}[\\p{L}-]+)${END}`,
  'gu',
);
const DISTRICT_EN = new RegExp(`${START}(\\p{Lu}[\\p{L}-]+)\\s+Military\\s+District${END}`, 'gu');

/** Military districts named by a place or a bearing. */
export function findDistricts(text: string): UnitMatch[] {
  const out: UnitMatch[] = [];
  for (const re of [DISTRICT_FR, DISTRICT_EN]) {
    for (const m of text.matchAll(re)) {
      out.push({ start: m.index, end: m.index + m[0].length, number: null, echelon: 'district', key: `district ${normalizeName(m[1]!)}` });
    }
  }
  return out;
}

const HEADS = NAMED_UNIT_HEADS.map((h) => ({
  echelon: h.echelon,
  re: new RegExp(
    `${START}(?:${phraseSource(h.form)})((?:\\s+(?:${NAMED_UNIT_QUALIFIERS}))*)\\s+(?:«\\s*)?(\\p{L}[\\p{L}-]+)(?:\\s*»)?${END}`,
    'giu',
  ),
}));
const EN_QUALIFIER_SET = new Set(EN_QUALIFIERS.split('|').map((w) => w.toLowerCase()));

/** Units known by a proper name: "unité UAV Rubicon", "forces spéciales Akhmat", "the Akhmat Special Forces". */
export function findNamedUnits(text: string): UnitMatch[] {
  const out: UnitMatch[] = [];
  for (const head of HEADS) {
    for (const m of text.matchAll(head.re)) {
      if (!isProper(m[2]!)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, number: null, echelon: head.echelon, key: normalizeName(m[2]!) });
    }
  }
  for (const t of EN_NAMED_TAILS) {
    const re = new RegExp(`${START}${PROPER}\\s+${phraseSource(t.tail)}${END}`, 'gu');
    for (const m of text.matchAll(re)) {
      const name = m[1]!;
      if (!isProper(name) || EN_QUALIFIER_SET.has(name.toLowerCase())) continue;
      out.push({ start: m.index, end: m.index + m[0].length, number: null, echelon: t.echelon, key: normalizeName(name) });
    }
  }
  return out;
}

// A volunteer detachment may carry who its volunteers are: "détachement de volontaires des anciens
// combattants"; the complement stops before a linking word ("et", "qui", "de", …).
const STOP = '(?:et|ou|qui|que|de|du|des|la|le|les|l|ainsi|dans|à|en|sur|pour|par|avec|au|aux)';
const COMPLEMENT = `(?:\\s+(?:des|du)\\s+(?!${STOP}${END})[\\p{L}-]+(?:\\s+(?!${STOP}${END})\\p{Ll}[\\p{L}-]+)?|\\s*«[^»\\n]{1,40}»)?`;
const DESCRIPTIVE = DESCRIPTIVE_UNITS.map((d) => ({
  echelon: d.echelon,
  re: new RegExp(`${START}${phraseSource(d.fr)}${END}${d.fr.includes('volontaires') ? COMPLEMENT : ''}`, 'giu'),
}));

/** Units named by what they are, in the singular: "unité d’assaut combinée", "détachement de volontaires …". */
export function findDescriptiveUnits(text: string): UnitMatch[] {
  const out: UnitMatch[] = [];
  for (const d of DESCRIPTIVE) {
    for (const m of text.matchAll(d.re)) {
      out.push({ start: m.index, end: m.index + m[0].length, number: null, echelon: d.echelon });
    }
  }
  return out;
}
