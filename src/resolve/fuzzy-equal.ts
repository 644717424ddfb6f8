import { distance } from 'fastest-levenshtein';
import { skeleton } from './fold-name.js';

/**
 * Whether two transliteration keys are one name misspelt: one edit on a long name
 * ("severodonetsk" / "severodonetk", "lukaSenko" / "lukaSnko"), or two edits when the consonant
 * skeletons agree ("zaporoZie" / "zaporiZia"). Short names never match: "ivanov" / "ivanova".
 */
export function fuzzyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0]) return false;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 7 || Math.abs(a.length - b.length) > 2) return false;
  const d = distance(a, b);
  if (d <= 1) return true;
  return d <= 2 && shorter >= 9 && skeleton(a) === skeleton(b);
}
