import type { Span } from '../../../model/index.js';
import {
  collectiveOf,
  DIGITS_SOURCE,
  multiplierOf,
  MULTIPLIER_SOURCE,
  NUMBER_WORDS_SOURCE,
  parseDigits,
  parseNumberWords,
  round,
} from './french-numbers.js';
import { looksLikeParticiple, readUnit, type UnitKind } from './figure-units.js';
import { isNotAFigure, isVagueAlternative } from './figure-filters.js';
import { resolveEllipses, type Pending } from './figure-ellipses.js';
import { matchAllNotAfter } from '../../core/match-all.js';
import { COUNT_WORD_AFTER_ARTICLE, MULTIPLIER_AFTER, QUALIFIER_BEFORE } from '../../core/text-windows.js';

/** One number of a sentence read as a figure, before speaker and subject are known. */
export interface FigureMention {
  /** The number alone. */
  number: Span;
  /** Qualifier + number + multiplier + unit: "plus de 20%", "8,2 millions de m²", "97 à 98 milliards". */
  span: Span;
  value: number;
  valueMax?: number;
  unit: string | null;
  kind: UnitKind;
  multiplier: number;
  written: 'digits' | 'words';
  /** The unit was taken from a neighbour: "30 autres", "en 2024, 350", "les deux premiers". */
  elliptic: boolean;
  /** The figure it borrowed its unit from, when elliptic. */
  antecedent?: FigureMention;
}

// Not after a letter or digit ("COVID-19" is no figure), checked by matchAllNotAfter; with the
// pattern's own flags, since /iu folds case inside the class too.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/iu;
const NUMBER_RE = new RegExp(`(?:(${DIGITS_SOURCE})|(${NUMBER_WORDS_SOURCE})(?![\\p{L}]))`, 'giu');
const MULTIPLIER_RE = new RegExp(`^\\s+(${MULTIPLIER_SOURCE})(?![\\p{L}])`, 'iu');
const COLLECTIVE_RE = /^\s+(\p{L}+aines?|douzaines?|milliers?|paire|couple)(?![\p{L}])/iu;
const ARTICLE = /^une?$/iu;
const COUNTS_AFTER_ARTICLE =
  /^\s+(?:seule?|millions?|milliards?|milliers?|billions?|tiers|quart|dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)/iu;
const SEUL_RE = /^\s+seule?s?(?![\p{L}])/iu;
// "au moins un tiers", "d’un quart", "deux tiers": a share, read as a percentage
const FRACTION_RE = /^\s+(tiers|quarts?)(?![\p{L}])/iu;
// "plus de", "Environ", "près d'", "jusqu'à", "au moins", "un peu plus de": kept in the raw span (not "d'" before it).
const QUALIFIER_RE =
  /(?:(?:un peu |bien |légèrement |nettement )?(?:plus|moins) (?:de |d['’])|près (?:de |d['’])|environ |jusqu['’]à |au moins |au plus |presque |quelque |pas moins de |quasiment |approximativement |autour de |de l['’]ordre de |au-delà de |(?:un peu )?(?:supérieure?s?|inférieure?s?) à )$/iu;

// "a augmenté de 2,5 fois", "2,8 fois par rapport à 2023", "1,8 fois plus qu’en 2019": a ratio, unit "fois";
// not a frequency ("deux fois par an", "trois fois par semaine") nor "une fois".
const TIMES_AFTER =
  /^\s+fois(?![\p{L}])(?!\s+par\s+(?:an|jour|semaine|mois|heure|nuit|saison)s?(?![\p{L}]))/iu;
// "les exportations ont été multipliées par 1,8": the ratio follows the verb.
const MULTIPLIED_BY = /multipli\p{L}*\s+par\s+$/iu;
const MULTIPLIED_BY_BEFORE = 24;

/** Reads every number of one sentence [start, end) that states a quantity; ellipses borrow from `previous`. */
export function findFigureMentions(
  text: string,
  sentence: Span,
  previous: FigureMention | undefined,
): FigureMention[] {
  const raw: Pending[] = [];
  const chunk = text.slice(sentence.start, sentence.end);
  for (const m of matchAllNotAfter(chunk, NUMBER_RE, LETTER_OR_DIGIT)) {
    const start = sentence.start + m.index;
    const numberEnd = start + m[0].length;
    const written = m[1] ? 'digits' : 'words';
    // the article "un"/"une" is most matches: leave it at once unless a count word follows
    if (
      written === 'words' &&
      ARTICLE.test(m[0]) &&
      !COUNTS_AFTER_ARTICLE.test(text.slice(numberEnd, numberEnd + COUNT_WORD_AFTER_ARTICLE))
    )
      continue;
    let value = written === 'digits' ? parseDigits(m[0]) : parseNumberWords(m[0]);
    if (value === null || isNotAFigure(text, { start, end: numberEnd }, written, value)) continue;
    if (isVagueAlternative(text, { start, end: numberEnd })) continue;
    let at = numberEnd;
    let multiplier = 1;
    const after = text.slice(at, at + MULTIPLIER_AFTER);
    const times = TIMES_AFTER.exec(after);
    const by = MULTIPLIED_BY.exec(text.slice(Math.max(sentence.start, start - MULTIPLIED_BY_BEFORE), start));
    if ((times && (written === 'digits' || value > 1)) || by) {
      raw.push({
        number: { start, end: numberEnd },
        span: {
          start: by ? start - by[0].length : start,
          end: times ? numberEnd + times[0].length : numberEnd,
        },
        value,
        unit: 'fois',
        kind: 'symbol',
        multiplier: 1,
        written,
        elliptic: false,
      });
      continue;
    }
    const mult = MULTIPLIER_RE.exec(after);
    const coll = written === 'words' ? COLLECTIVE_RE.exec(after) : null;
    if (mult) {
      multiplier = multiplierOf(mult[1]!) ?? 1;
      at += mult[0].length;
    } else if (coll && collectiveOf(coll[1]!) !== undefined) {
      // "une dizaine de projets" = 10 projects, "deux centaines" = 200
      value *= collectiveOf(coll[1]!)!;
      at += coll[0].length;
      multiplier = 1;
    }
    const fraction = written === 'words' ? FRACTION_RE.exec(after) : null;
    if (fraction) {
      const q = QUALIFIER_RE.exec(text.slice(Math.max(sentence.start, start - QUALIFIER_BEFORE), start));
      const share = round((value * 100) / (fraction[1]!.toLowerCase() === 'tiers' ? 3 : 4));
      raw.push({
        number: { start, end: numberEnd },
        span: { start: q ? start - q[0].length : start, end: numberEnd + fraction[0].length },
        value: round(share),
        unit: '%',
        kind: 'symbol',
        multiplier: 1,
        written,
        elliptic: false,
      });
      continue;
    }
    // "un" is an article unless it counts: "un seul centre", "un million de personnes", "une dizaine".
    if (value === 1 && written === 'words' && at === numberEnd && !SEUL_RE.test(after)) continue;
    const unit = readUnit(text, at, mult ? 'multiplier' : at !== numberEnd ? 'collective' : 'none', written);
    if (unit.kind === 'date') continue;
    const years = unit.kind === 'time' && isCountedYears(text, start, m[0], unit.word, unit.adjectives);
    if (unit.kind === 'time' && !years && !isCountedDays(unit.word, unit.adjectives, written)) continue;
    const isYear =
      written === 'digits' &&
      multiplier === 1 &&
      Number.isInteger(value) &&
      value >= 1900 &&
      value <= 2100 &&
      /^\d{4}$/.test(m[0]);
    if (isYear && unit.kind !== 'symbol' && unit.kind !== 'currency') continue;
    const q = QUALIFIER_RE.exec(text.slice(Math.max(sentence.start, start - QUALIFIER_BEFORE), start));
    const spanStart = q ? start - q[0].length : start;
    raw.push({
      number: { start, end: numberEnd },
      span: { start: spanStart, end: Math.max(unit.end, at) },
      value: round(value * multiplier),
      unit: years ? 'an' : unit.unit,
      kind: unit.kind === 'time' ? 'count' : unit.kind,
      multiplier,
      written,
      elliptic: false,
      ...(unit.kind === 'none' || (unit.kind === 'count' && looksLikeParticiple(unit.word))
        ? { pending: unit }
        : {}),
    } as Pending);
  }
  return resolveEllipses(text, raw, previous);
}

// "l’espérance de vie a augmenté de 3,2 ans", "la modernisation prendra trois ans" are durations;
// "en cinq ans", "depuis trois ans", "ces deux dernières années" are periods.
const DURATION_BEFORE =
  /(?:\b(?:prendra|prendront|prend|durera|dureront|dure|a duré|ont duré)|\b(?:augmenté|progressé|allongée?|gagné|baissé|diminué|réduite?) de|\bdurée de)\s+$/iu;
const DURATION_CUE_BEFORE = 24;
function isCountedYears(text: string, start: number, raw: string, word: string | null, adjectives: string[]) {
  if (!word || !/^(?:ans?|années?)$/u.test(word) || adjectives.length > 0) return false;
  return (
    raw.includes(',') || DURATION_BEFORE.test(text.slice(Math.max(0, start - DURATION_CUE_BEFORE), start))
  );
}

// "au moins 30 jours" of a ceasefire is a figure; "cinq derniers jours", "24 premières heures" are periods.
function isCountedDays(word: string | null, adjectives: string[], written: string): boolean {
  return written === 'digits' && !!word && /^jours?$/.test(word) && adjectives.length === 0;
}
