import { distance } from 'fastest-levenshtein';
import { fuzzyEqual } from './fuzzy-equal.js';
import type { Signature } from './signature.js';

/** Why two entities are different things whatever their names say, or undefined when they may be one. */
export type ConflictReason =
  | 'different-type'
  | 'different-first-name'
  | 'different-surname'
  | 'different-kind'
  | 'region-vs-capital'
  | 'different-number'
  | 'different-echelon'
  | 'different-date'
  | 'different-title';

const differ = (a?: string, b?: string): boolean => a !== undefined && b !== undefined && a !== b;

// "Alexandrov" / "Alexandrova" are husband and wife, not a typo.
const genderPair = (a: string, b: string): boolean => a + 'a' === b || b + 'a' === a;

function givenConflict(a?: string, b?: string): boolean {
  if (a === undefined || b === undefined || a === b) return false;
  // "V. Poutine" and "Vladimir Poutine": an initial agrees with any name that starts with it.
  if (a.length === 1 || b.length === 1) return a[0] !== b[0];
  if (genderPair(a, b)) return true;
  // One edit on a given name of five letters or more is a spelling: Dmitri / Dmitrii, Youri / Yuri.
  return !(Math.min(a.length, b.length) >= 5 && distance(a, b) <= 1);
}

/**
 * `strong` links (the extractor gave both the same id) may join "Bélarus" and "République du Bélarus";
 * otherwise a region whose name has a head word never joins one without: Territoire de Perm ≠ Perm.
 */
export function conflict(a: Signature, b: Signature, strong = false): ConflictReason | undefined {
  if (a.type !== b.type) return 'different-type';
  if (differ(a.kind, b.kind)) return 'different-kind';
  if (a.type === 'Person') {
    if (givenConflict(a.given, b.given)) return 'different-first-name';
    if (a.surname && b.surname && (genderPair(a.surname, b.surname) || !fuzzyEqual(a.surname, b.surname)))
      return 'different-surname';
  }
  if (a.type === 'Region' && !strong && a.head !== b.head && !(a.kind && a.kind === b.kind))
    return 'region-vs-capital';
  if (differ(a.number, b.number)) return 'different-number';
  if (differ(a.echelon, b.echelon)) return 'different-echelon';
  if (differ(a.date, b.date)) return 'different-date';
  if (differ(a.title, b.title)) return 'different-title';
  return undefined;
}
