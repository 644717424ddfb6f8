import type { Span } from '../../../model/index.js';
import {
  EN_ECHELONS,
  EN_QUALIFIERS,
  FR_ECHELONS,
  FR_QUALIFIERS,
  echelonOf,
  startsWord,
} from './unit-lexicon.js';
import { matchAll } from '../../core/match-all.js';
import { LISTED_ORDINAL_BEFORE } from '../../core/text-windows.js';

/** A unit mention before it becomes a Candidate: where it is and what it is. */
export interface UnitMatch extends Span {
  number: number | null;
  echelon: string;
  /** Named units: the proper name that identifies them across languages ("Akhmat", "Rubicon", "Kursk"). */
  key?: string;
}

const END = '(?![\\p{L}\\p{N}])';
const FR_ORDINAL = '(\\d{1,4})\\s?(?:ème|eme|ère|ere|er|re|e|è|ᵉ)';
const EN_ORDINAL = '(\\d{1,4})\\s?(?:st|nd|rd|th)';

// "34e brigade de fusil motorisée", "106e divisions aériennes", "9e régiment de fusil motorisé";
// two qualifiers may be joined by "et" ("brigade de débarquement et d’assaut aérien").
const FR_UNIT = new RegExp(
  `${FR_ORDINAL}\\s+(${FR_ECHELONS})${END}((?:\\s+(?:et\\s+)?(?:${FR_QUALIFIERS})${END})*)`,
  'giu',
);

// "76th Guards Airborne Assault Division", "810th Marine Brigade"; the broken "the rd Motorised Rifle
// Division" of the seed keeps its words with no number. English titles capitalise every word, so any
// capitalised word may qualify the echelon ("80th Separate Arctic Motorised Rifle Brigade"); the name
// ends at its last echelon word.
const EN_TITLE_WORD = "\\p{Lu}[\\p{L}’'-]*";
const EN_UNIT = new RegExp(
  `(?:${EN_ORDINAL}|\\bthe\\s(?:st|nd|rd|th))((?:\\s+(?:${EN_QUALIFIERS}|${EN_ECHELONS}|${EN_TITLE_WORD})${END}){1,8})`,
  'gu',
);
const EN_ECHELON_WORD = new RegExp(`(?:${EN_ECHELONS})${END}`, 'gu');

// Numbers shared by one echelon: "des 76e et 106e divisions aériennes", "the 76th and 106th … Divisions".
const FR_LIST_ITEM = new RegExp(`${FR_ORDINAL}\\s*(?:,|et|ou)\\s*$`, 'iu');
const EN_LIST_ITEM = new RegExp(`${EN_ORDINAL}\\s*(?:,|and|or)\\s*$`, 'u');

/** Numbered units in French and English forms, with the earlier numbers of a shared-echelon list. */
export function findNumberedUnits(text: string): UnitMatch[] {
  const out: UnitMatch[] = [];
  for (const m of matchAll(text, FR_UNIT)) {
    if (!startsWord(text, m.index)) continue;
    const echelon = echelonOf(m[2]!) ?? 'unit';
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, number: Number(m[1]), echelon });
    out.push(...listedBefore(text, m.index, FR_LIST_ITEM, echelon));
  }
  for (const m of matchAll(text, EN_UNIT)) {
    if (!startsWord(text, m.index)) continue;
    // "the rd Motorised Rifle Division": the article is not part of the name
    const start = m[1] ? m.index : m.index + 4;
    const tail = m[2]!;
    const lastEchelon = [...matchAll(tail, EN_ECHELON_WORD)].pop();
    if (!lastEchelon) continue;
    const tailStart = m.index + m[0].length - tail.length;
    const end = tailStart + lastEchelon.index + lastEchelon[0].length;
    const echelon = echelonOf(lastEchelon[0]) ?? 'unit';
    out.push({ start, end, number: m[1] ? Number(m[1]) : null, echelon });
    if (m[1]) out.push(...listedBefore(text, m.index, EN_LIST_ITEM, echelon));
  }
  return out;
}

function listedBefore(text: string, start: number, item: RegExp, echelon: string): UnitMatch[] {
  const out: UnitMatch[] = [];
  let cursor = start;
  for (;;) {
    const before = text.slice(Math.max(0, cursor - LISTED_ORDINAL_BEFORE), cursor);
    const m = item.exec(before);
    if (!m) return out;
    const itemStart = cursor - before.length + m.index;
    const ordinal = /^\d+\s?\p{L}+/u.exec(m[0])![0];
    out.push({ start: itemStart, end: itemStart + ordinal.length, number: Number(m[1]), echelon });
    cursor = itemStart;
  }
}
