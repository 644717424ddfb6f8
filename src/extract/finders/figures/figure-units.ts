import lexicon from '../../lexicons/units.json' with { type: 'json' };
import { UNIT_PHRASE_AFTER } from '../../core/text-windows.js';

/** What follows a number: a symbol unit, a currency, a counted noun, or nothing a figure can use. */
export type UnitKind = 'symbol' | 'currency' | 'money' | 'count' | 'time' | 'date' | 'none';

export interface UnitReading {
  kind: UnitKind;
  /** Canonical unit as the scorer normalises it: "%", "m²", "RUB", "famille" (singular). */
  unit: string | null;
  /** End offset (absolute) of the unit words, adjectives included; the number's end when none. */
  end: number;
  /** Pre-nominal adjectives skipped: "cinq nouveaux navires", "les deux premiers", "24 premières heures". */
  adjectives: string[];
  /** The noun read, lower-case, as written ("réservoirs"), when kind is count/time/none. */
  word: string | null;
}

const SYMBOLS = lexicon.symbols as Record<string, string>;
const CURRENCIES = lexicon.currencies as Record<string, string>;
const ALIASES = lexicon.aliases as Record<string, string>;
const MONEY_NOUNS = new Set(lexicon.moneyNouns);
const PRE_ADJECTIVES = new Set(lexicon.preAdjectives);
const TIME_NOUNS = new Set(lexicon.timeNouns);
const MONTHS = new Set(lexicon.months);
const NOT_COUNTED = new Set(lexicon.notCounted);
// "nos deux pays", "deux options", "trois peuples" are no statistics; "plus de 80 pays", "une quinzaine de pays" are.
const PAIR_NOUNS = new Set(lexicon.pairNouns);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (keys: string[]) =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => escape(k).replace(/ /g, '\\s+'))
    .join('|');
// "%" and "€" need no word boundary; words do ("km" is not the start of "kms…", "m2" not of "m2x").
const SYMBOL_RE = new RegExp(
  `^\\s*(?:(${alternation(Object.keys(SYMBOLS))})|(${alternation(Object.keys(CURRENCIES))}))(?![\\p{L}\\p{N}])`,
  'u',
);
const DE = /^\s*(?:de\s+|d['’]\s*)/iu;
const WORD = /^\s*([\p{L}][\p{L}'’-]*)/u;

// Plurals that stay as they are: "pays", "fois", "mois", "prix".
const INVARIABLE = new Set([
  'pays',
  'fois',
  'mois',
  'prix',
  'poids',
  'corps',
  'bras',
  'voix',
  'choix',
  'gaz',
  'temps',
  'cas',
  'processus',
  'fonds',
  'bus',
  'campus',
  'virus',
]);

/** Singular of a French plural noun: "familles" → "famille", "principaux" → "principal", "bateaux" → "bateau". */
export function singular(word: string): string {
  const w = word.toLowerCase();
  // "moissonneuses-batteuses" → "moissonneuse-batteuse": each part of a compound agrees
  if (/\p{L}-\p{L}/u.test(w)) return w.split('-').map(singular).join('-');
  if (INVARIABLE.has(w) || w.length <= 3) return w;
  if (w.endsWith('eaux')) return w.slice(0, -1);
  if (w.endsWith('aux')) return `${w.slice(0, -3)}al`;
  if (/[sx]$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Canonical unit of a counted noun: "réservoirs" → "char" (machine translation of "tanks"), "écoles" → "école". */
export function countUnit(word: string): string {
  const s = singular(word);
  return ALIASES[s] ?? ALIASES[word.toLowerCase()] ?? s;
}

/** Currency code of a word ("roubles" → "RUB"), or undefined. */
export const currencyOf = (word: string): string | undefined =>
  CURRENCIES[word] ?? CURRENCIES[word.toLowerCase()];

/**
 * Reads the unit after a number (and its multiplier) at absolute offset `at`.
 * `afterMultiplier` allows "de": "8,2 millions de m²", "51 milliards de dollars", "un million de personnes".
 */
export function readUnit(
  text: string,
  at: number,
  after: 'none' | 'multiplier' | 'collective',
  written: 'digits' | 'words',
): UnitReading {
  const afterMultiplier = after === 'multiplier';
  const window = text.slice(at, at + UNIT_PHRASE_AFTER);
  const none = (word: string | null = null, adjectives: string[] = []): UnitReading => ({
    kind: 'none',
    unit: null,
    end: at,
    adjectives,
    word,
  });
  let offset = 0;
  if (after !== 'none') {
    const de = DE.exec(window);
    if (de) offset = de[0].length;
  }
  const sym = SYMBOL_RE.exec(window.slice(offset));
  if (sym && (offset === 0 || !sym[0].trimStart().startsWith('%'))) {
    const end = at + offset + sym[0].length;
    if (sym[1])
      return {
        kind: 'symbol',
        unit: SYMBOLS[sym[1].replace(/\s+/g, ' ')] ?? sym[1],
        end,
        adjectives: [],
        word: null,
      };
    return {
      kind: 'currency',
      unit: currencyOf(sym[2]!.replace(/\s+/g, ' ')) ?? sym[2]!,
      end,
      adjectives: [],
      word: null,
    };
  }
  const adjectives: string[] = [];
  let rest = window.slice(offset);
  let consumed = offset;
  for (let i = 0; i < 3; i++) {
    const w = WORD.exec(rest);
    if (!w || !PRE_ADJECTIVES.has(w[1]!.toLowerCase())) break;
    adjectives.push(w[1]!.toLowerCase());
    consumed += w[0].length;
    rest = rest.slice(w[0].length);
  }
  // "cinq derniers jours" is a period, "30 autres" an ellipsis, "20 planifiées" a participle: the noun decides.
  const w = WORD.exec(rest);
  if (!w) return none(null, adjectives);
  const word = w[1]!.toLowerCase();
  const end = at + consumed + w[0].length;
  if (MONTHS.has(word)) return { kind: 'date', unit: null, end, adjectives, word };
  if (TIME_NOUNS.has(word)) return { kind: 'time', unit: singular(word), end, adjectives, word };
  // "120 milliards d'aujourd'hui", "55 milliards à 97": a multiplier with no unit is an amount of money
  const money: UnitReading = { kind: 'money', unit: null, end: at, adjectives, word };
  if (PAIR_NOUNS.has(word) && written === 'words' && after === 'none') return none(word, adjectives);
  if (NOT_COUNTED.has(word) || looksLikeVerb(word) || /^\p{L}['’]/u.test(word))
    return afterMultiplier ? money : none(word, adjectives);
  if (afterMultiplier && (MONEY_NOUNS.has(singular(word)) || MONEY_NOUNS.has(word))) return { ...money, end };
  // French puts "de" between a multiplier and its noun: "3 milliards selon nos chiffres" is money, not "selon"s
  if (afterMultiplier && offset === 0) return money;
  if (after === 'collective' && offset === 0) return none(word, adjectives);
  // a capitalised word opens a name or a new clause ("En 2020, 180 Navires" does not occur; "le 9 Mai" does)
  if (!/^\p{Ll}/u.test(w[1]!)) return afterMultiplier ? money : none(word, adjectives);
  return { kind: 'count', unit: countUnit(word), end, adjectives, word };
}

/** True when a counted noun looks like a past participle ("20 planifiées"), i.e. an elliptic figure. */
export const looksLikeParticiple = (word: string | null): boolean =>
  !!word && ((/(?:é|ée|és|ées)$/.test(word) && !/tés?$/.test(word)) || PARTICIPLES.test(word));
const PARTICIPLES =
  /^(?:prévu|attendu|vendu|reçu|construit|mis|acquis|établi|rempli|fourni|conçu|détruit|promis|obtenu|perdu|abattu|élu|ouvert|offert)e?s?$/u;

/** True for conjugated verbs after a number: "20 autres devraient", "30 seront", "deux existaient". */
export const looksLikeVerb = (word: string): boolean =>
  /(?:aient|ait|èrent|eront|eraient|erait|iront|ront)$/.test(word);
