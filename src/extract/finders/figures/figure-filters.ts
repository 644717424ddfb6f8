import type { Span } from '../../../model/index.js';
import { NUMBER_WORDS_SOURCE } from './french-numbers.js';
import { NUMBER_SUFFIX_AFTER, NUMBER_LABEL_BEFORE, ALTERNATIVE_AFTER } from '../../core/text-windows.js';

// Ordinals: "100e anniversaire", "76e division", "1er", "810th", "83rd", "22nd".
const ORDINAL_AFTER = /^(?:e|er|ère|re|ème|eme|è|nd|rd|st|th)(?![\p{L}])/u;
// A unit glued to the number: "5%", "259km2", "10km", "453.000m²".
const GLUED_UNIT = /^(?:%|km²|km2|km|m²|m2|m³|m3|kg|ha|MW|GW|kWh|TWh|mln|mds|Md)(?![\p{L}])/u;
// "1 sur 4" gallery captions; "13H40", "15 h 20", "16:50" times; "20.09.2021" dates; "1970-1980", "2024-2026" ranges of years.
const TIME_AFTER = /^\s*[hH]\s*\d{2}(?!\d)|^[:.]\d/u;
const GALLERY_AFTER = /^\s+sur\s+\d/iu;
const GALLERY_BEFORE = /\d\s+sur\s+$/iu;
const YEAR_RANGE_AFTER = /^[-–]\d/u;
const BEFORE_GLUED = /(?:\p{L}-|\d[./:-]|[№#]\s*)$/u;
// Numbers that name rather than count: "article 5", "n° 3", "point 2", "phase 1", "G20".
const LABEL_BEFORE =
  /(?:\b(?:article|articles|paragraphe|alinéa|point|chapitre|page|pages|annexe|section|numéro|n°|no\.|tome|version|résolution|décret|loi|phase|niveau|classe|catégorie|groupe|lot|ligne|priorité|numéros|titre|rang|place|étape)\s+)$/iu;
const ALTERNATIVE = new RegExp(`^\\s+ou\\s+(?:\\d|(?:${NUMBER_WORDS_SOURCE})(?![\\p{L}]))`, 'iu');
const ALTERNATIVE_BEFORE = /\s+ou\s+$/iu;
// "à cent pour cent" is "completely", not a statistic; "100%" in digits is kept.
const IDIOM_HUNDRED = /^\s+pour\s+cent/iu;

/** True for numbers that are not quantities: ordinals, times, dates, gallery markers, labels, codes. */
export function isNotAFigure(
  text: string,
  number: Span,
  written: 'digits' | 'words',
  value: number,
): boolean {
  const after = text.slice(number.end, number.end + NUMBER_SUFFIX_AFTER);
  const before = text.slice(Math.max(0, number.start - NUMBER_LABEL_BEFORE), number.start);
  if (written === 'words')
    return value === 100 && IDIOM_HUNDRED.test(after) && /(?:^|\s)à\s+$/iu.test(before);
  if (/^\p{L}/u.test(after) && !GLUED_UNIT.test(after)) return true;
  if (ORDINAL_AFTER.test(after) && !GLUED_UNIT.test(after)) return true;
  if (TIME_AFTER.test(after) || GALLERY_AFTER.test(after) || GALLERY_BEFORE.test(before)) return true;
  if (YEAR_RANGE_AFTER.test(after) || BEFORE_GLUED.test(before)) return true;
  return LABEL_BEFORE.test(before);
}

/** "deux ou trois hommes", "une semaine ou deux": a vague alternative states no figure. */
export function isVagueAlternative(text: string, number: Span): boolean {
  return (
    ALTERNATIVE.test(text.slice(number.end, number.end + ALTERNATIVE_AFTER)) ||
    ALTERNATIVE_BEFORE.test(text.slice(Math.max(0, number.start - 6), number.start))
  );
}
