import type { Span } from '../../../model/index.js';
import type { FigureMention } from './figure-mentions.js';
import { matchAll } from '../../core/match-all.js';
import { CHANGE_CUE_BEFORE, COMPARATIVE_AFTER } from '../../core/text-windows.js';

export type Direction = 'level' | 'increase' | 'decrease';

const INCREASE =
  /\b(?:augment\p{L}*|hausse|croissance|croît|cro[iî]t|progress\p{L}*|accru\p{L}*|accroissement|grimp\p{L}*|bondi|gagné|amélior\p{L}*|relev\p{L}*|plus élevé)(?![\p{L}])/iu;
const DECREASE =
  /\b(?:rédui\p{L}*|réduction|baiss\p{L}*|diminu\p{L}*|chut\p{L}*|recul\p{L}*|tomb\p{L}*|déclin\p{L}*|abaiss\p{L}*|contract\p{L}*|moins élevé)(?![\p{L}])/iu;
// The figure is the amount of the change only when "de" governs it: "a augmenté de 12%", "a chuté de plus de 20%";
// "a augmenté de 50%, entre 550 et 834 milliards" leaves 550 and 834 as levels.
const GOVERNED_BY_DE = /(?:\bde\s+|\bd['’]\s*)$/iu;

/** Direction of a figure from the verb or noun of change before it in the same clause. */
export function directionOf(text: string, sentence: Span, f: FigureMention): Direction {
  const before = text.slice(Math.max(sentence.start, f.span.start - CHANGE_CUE_BEFORE), f.span.start);
  // "soit 8 % de moins qu’en 2021", "5 % de plus"
  const comparative = /^\s*(?:de|d['’])\s*(plus|moins)(?![\p{L}])/iu.exec(
    text.slice(f.span.end, f.span.end + COMPARATIVE_AFTER),
  );
  if (comparative) return comparative[1]!.toLowerCase() === 'plus' ? 'increase' : 'decrease';
  // "2,5 fois", "multipliées par 1,8": a ratio grows unless it says less ("trois fois moins")
  if (f.unit === 'fois')
    return /^\s*moins(?![\p{L}])/iu.test(text.slice(f.span.end, f.span.end + COMPARATIVE_AFTER))
      ? 'decrease'
      : 'increase';
  if (!GOVERNED_BY_DE.test(before)) return 'level';
  const clause = before.split(/[,;:](?=\s)|\s(?:mais|tandis que|alors que)\s/u).pop() ?? before;
  const inc = lastIndex(clause, INCREASE_ALL);
  const dec = lastIndex(clause, DECREASE_ALL);
  if (inc < 0 && dec < 0) return 'level';
  return inc > dec ? 'increase' : 'decrease';
}

const INCREASE_ALL = new RegExp(INCREASE.source, 'giu');
const DECREASE_ALL = new RegExp(DECREASE.source, 'giu');
function lastIndex(s: string, re: RegExp): number {
  let last = -1;
  for (const m of matchAll(s, re)) last = m.index;
  return last;
}

const COUNT_WORD = String.raw`(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|plusieurs|quelques)`;
const PERIODS: RegExp[] = [
  /\b(?:depuis|avant|après|jusqu['’]en|d['’]ici|à partir de|fin|début)\s+(?:l['’]année\s+)?\d{4}(?:[-–]\d{4})?/giu,
  /\b(?:pour|en|de)\s+\d{4}[-–]\d{4}/giu,
  /\ben\s+\d{4}\b/giu,
  /\b(?:l['’]année|l['’]an|le mois|la semaine|l['’]exercice)\s+(?:dernière?|passée?|précédente?|prochaine?|en cours)(?![\p{L}])/giu,
  /\b(?:cette|cet)\s+(?:année|été|hiver|automne|printemps|mois)(?![\p{L}])/giu,
  new RegExp(
    String.raw`\b(?:au cours des|pendant les|dans les|durant les|ces|les)?\s*${COUNT_WORD}\s+(?:dernières?|derniers|prochaines?|prochains|premières?|premiers)\s+(?:années|ans|mois|jours|semaines|heures)\b`,
    'giu',
  ),
  new RegExp(
    String.raw`\b(?:en|depuis|pendant|il y a|sur|dans|en plus de|au cours des?)\s+(?:plus de\s+|près de\s+|moins de\s+)?${COUNT_WORD}\s+(?:ans|années|mois|jours|semaines)\b`,
    'giu',
  ),
  /\bpendant cette période\b|\bla prochaine année académique\b|\bpériode d['’]automne et d['’]hiver\b/giu,
];

/** The period a figure refers to ("en 2024" → "2024", "depuis 2020", "l’année dernière"), nearest first; null if none. */
export function periodOf(text: string, sentence: Span, f: FigureMention): string | null {
  let best: { text: string; distance: number } | null = null;
  for (const p of periodsIn(text, sentence)) {
    if (p.start < f.span.end && p.end > f.span.start) continue;
    const distance = p.end <= f.span.start ? f.span.start - p.end : p.start - f.span.end;
    if (!best || distance < best.distance) best = { text: p.text, distance };
  }
  return best?.text ?? null;
}

// Periods are read once per sentence: a sentence of a budget report holds many figures.
let memo:
  | { text: string; start: number; end: number; found: { start: number; end: number; text: string }[] }
  | undefined;
function periodsIn(text: string, sentence: Span) {
  if (memo && memo.text === text && memo.start === sentence.start && memo.end === sentence.end)
    return memo.found;
  const s = text.slice(sentence.start, sentence.end);
  const found: { start: number; end: number; text: string }[] = [];
  for (const re of PERIODS) {
    for (const m of matchAll(s, re)) {
      const start = sentence.start + m.index;
      found.push({ start, end: start + m[0].length, text: m[0].trim().replace(/^en\s+(?=\d{4}$)/iu, '') });
    }
  }
  memo = { text, start: sentence.start, end: sentence.end, found };
  return found;
}

const STOP =
  /^(?:a|ont|est|sont|était|étaient|avait|avaient|sera|seront|été|qui|que|qu['’]\p{L}*|dont|où|et|ou|mais|car|se|s['’]\p{L}*|il|elle|ils|elles|nous|on|ce|cela|soit|représente|représentent|atteint|atteignant|passant|dépassant|s['’]élève|se situant)$/iu;
const DIMENSION =
  /^(?:long|large|haut|haute|profond|profonde|longueur|largeur|hauteur|profondeur|diamètre)$/iu;
const ANAPHORA = /^(?:il|elle|ils|elles|cela|ça|c['’]est|ceci)$/iu;
const DETERMINER =
  /^(?:le|la|les|l['’]|un|une|des|du|de|d['’]|ces|cette|ce|son|sa|ses|leur|leurs|notre|nos|votre|vos|tous|toutes)$/iu;
const WORDS = /[\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}]/gu;

/**
 * What is counted, as a short phrase of the sentence: after the unit for counted nouns
 * ("300.000 familles avec enfants" → "familles avec enfants"), after "de" for shares ("70% des résidents de la région"),
 * otherwise the noun phrase before the verb ("le produit régional brut a augmenté de 12%" → "produit régional brut").
 */
export function measureOf(text: string, sentence: Span, f: FigureMention): string {
  if (f.kind === 'count' && !f.elliptic) return phrase(text.slice(f.number.end, sentence.end), 'forward');
  const after = text.slice(f.span.end, sentence.end);
  const de = /^\s*(?:(?:des|du|de)\s+|d['’]\s*)/iu.exec(after);
  if (de && f.kind !== 'count') {
    const forward = phrase(after.slice(de[0].length), 'forward');
    // "2 000 kilomètres de long" says how it is measured, not what
    if (forward && !DIMENSION.test(forward)) return forward;
  }
  const before = text.slice(sentence.start, f.span.start).replace(/(?:\s|^)(?:de|d['’]|à|a)\s*$/iu, '');
  return phrase(before, 'backward');
}

function phrase(s: string, dir: 'forward' | 'backward'): string {
  const tokens = s.match(WORDS) ?? [];
  const seq = dir === 'forward' ? tokens : [...tokens].reverse();
  const kept: string[] = [];
  let started = false;
  for (const t of seq) {
    if (/^[^\p{L}\p{N}]$/u.test(t) && !/^['’-]$/u.test(t)) break;
    // "Il dure près de 2 000 kilomètres": a pronoun subject points back to a figure already stated
    if (dir === 'backward' && ANAPHORA.test(t)) return started ? '' : '';
    if (STOP.test(t) || /^\d/.test(t) || (dir === 'forward' && isPluralVerb(t))) {
      if (started || dir === 'forward') break;
      continue; // "a augmenté de": skip the verb group right before the figure
    }
    if (dir === 'backward' && !started && /(?:é|ée|és|ées|ant)$/iu.test(t)) continue;
    started = true;
    kept.push(t);
    if (kept.length >= 7) break;
  }
  const words = dir === 'forward' ? kept : kept.reverse();
  while (words.length && DETERMINER.test(words[0]!)) words.shift();
  while (words.length && DETERMINER.test(words[words.length - 1]!)) words.pop();
  return words
    .join(' ')
    .replace(/\s+(['’])\s*/gu, '$1')
    .replace(/(['’])\s+/gu, '$1');
}

// "70% des résidents fassent du sport": a verb in -ent ends the phrase; nouns in -ment, -dent, -ient… do not.
const isPluralVerb = (t: string) =>
  /(?:ssent|isent|ivent|[^aeiouy]ent|uent|ient)$/u.test(t) &&
  !/(?:ment|dent|gent|ient|lent|rent|cent|tinent)$/u.test(t);
