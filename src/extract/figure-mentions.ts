import type { Span } from '../model/index.js';
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

const NUMBER_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(${DIGITS_SOURCE})|(${NUMBER_WORDS_SOURCE})(?![\\p{L}]))`,
  'giu',
);
const MULTIPLIER_RE = new RegExp(`^\\s+(${MULTIPLIER_SOURCE})(?![\\p{L}])`, 'iu');
const COLLECTIVE_RE = /^\s+(\p{L}+aines?|douzaines?|milliers?|paire|couple)(?![\p{L}])/iu;
const SEUL_RE = /^\s+seule?s?(?![\p{L}])/iu;
// "au moins un tiers", "d’un quart", "deux tiers": a share, read as a percentage
const FRACTION_RE = /^\s+(tiers|quarts?)(?![\p{L}])/iu;
// "plus de", "Environ", "près d'", "jusqu'à", "au moins", "un peu plus de": kept in the raw span (not "d'" before it).
const QUALIFIER_RE =
  /(?:(?:un peu |bien |légèrement |nettement )?(?:plus|moins) (?:de |d['’])|près (?:de |d['’])|environ |jusqu['’]à |au moins |au plus |presque |quelque |pas moins de |quasiment |approximativement |autour de |de l['’]ordre de |au-delà de |(?:un peu )?(?:supérieure?s?|inférieure?s?) à )$/iu;

/** Reads every number of one sentence [start, end) that states a quantity; ellipses borrow from `previous`. */
export function findFigureMentions(
  text: string,
  sentence: Span,
  previous: FigureMention | undefined,
): FigureMention[] {
  const raw: FigureMention[] = [];
  const chunk = text.slice(sentence.start, sentence.end);
  for (const m of chunk.matchAll(NUMBER_RE)) {
    const start = sentence.start + m.index;
    const numberEnd = start + m[0].length;
    const written = m[1] ? 'digits' : 'words';
    let value = written === 'digits' ? parseDigits(m[0]) : parseNumberWords(m[0]);
    if (value === null || isNotAFigure(text, { start, end: numberEnd }, written, value)) continue;
    if (isVagueAlternative(text, { start, end: numberEnd })) continue;
    let at = numberEnd;
    let multiplier = 1;
    const after = text.slice(at, at + 40);
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
      const q = QUALIFIER_RE.exec(text.slice(Math.max(sentence.start, start - 30), start));
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
    if (unit.kind === 'time' && !isCountedDays(unit.word, unit.adjectives, written)) continue;
    const isYear =
      written === 'digits' &&
      multiplier === 1 &&
      Number.isInteger(value) &&
      value >= 1900 &&
      value <= 2100 &&
      /^\d{4}$/.test(m[0]);
    if (isYear && unit.kind !== 'symbol' && unit.kind !== 'currency') continue;
    const q = QUALIFIER_RE.exec(text.slice(Math.max(sentence.start, start - 30), start));
    const spanStart = q ? start - q[0].length : start;
    raw.push({
      number: { start, end: numberEnd },
      span: { start: spanStart, end: Math.max(unit.end, at) },
      value: round(value * multiplier),
      unit: unit.unit,
      kind: unit.kind === 'time' ? 'count' : unit.kind,
      multiplier,
      written,
      elliptic: false,
      ...(unit.kind === 'none' || (unit.kind === 'count' && looksLikeParticiple(unit.word))
        ? { pending: unit }
        : {}),
    } as FigureMention);
  }
  return resolveEllipses(text, raw, previous);
}

// "au moins 30 jours" of a ceasefire is a figure; "cinq derniers jours", "24 premières heures" are periods.
function isCountedDays(word: string | null, adjectives: string[], written: string): boolean {
  return written === 'digits' && !!word && /^jours?$/.test(word) && adjectives.length === 0;
}

type Pending = FigureMention & { pending?: { kind: UnitKind; word: string | null; adjectives: string[] } };

// Numbers with no unit of their own take one from a neighbour, or are dropped:
// "97 à 98 milliards" (range), "entre 550 et 834 milliards de roubles" (shared), "30 autres", "en 2024, 350".
function resolveEllipses(
  text: string,
  found: Pending[],
  previous: FigureMention | undefined,
): FigureMention[] {
  // "55 milliards à 97": a multiplier without a unit is already an amount of money
  const list = found.map((p) =>
    p.pending?.kind === 'none' && p.multiplier !== 1 ? { ...strip(p), kind: 'money' as const } : p,
  );
  const out: FigureMention[] = [];
  for (let i = 0; i < list.length; i++) {
    const cur = list[i]!;
    const next = list[i + 1];
    // "dix entrées de navires" stands alone; "jusqu'à 20 planifiées" after it borrows its unit
    const participleAlone = cur.pending?.kind === 'count' && !antecedentOf(out, undefined);
    if (!cur.pending || participleAlone) {
      out.push(strip(cur));
      continue;
    }
    const between = next ? text.slice(cur.number.end, next.number.start) : '';
    if (next && !next.pending && /^\s+à\s+$/u.test(between)) {
      // a range: one figure from its low end to its high end, unit and multiplier shared
      out.push(
        strip({
          ...next,
          number: cur.number,
          span: { start: cur.span.start, end: next.span.end },
          value: round(cur.value * next.multiplier),
          valueMax: next.value,
          elliptic: true,
        }),
      );
      i++;
      continue;
    }
    if (
      next &&
      !next.pending &&
      /^\s+et\s+$/u.test(between) &&
      /entre\s+$/iu.test(text.slice(cur.span.start - 8, cur.span.start))
    ) {
      out.push(
        strip({
          ...next,
          number: cur.number,
          span: { start: cur.span.start, end: cur.number.end },
          value: round(cur.value * next.multiplier),
          elliptic: true,
        }),
      );
      continue;
    }
    const ante = antecedentOf(out, previous);
    // words need an adjective or a place to stand alone: "les deux premiers", "trois autres",
    // "neuf polygones en Russie et cinq au Bélarus"; "les deux" alone is no figure
    const placed =
      PLACE_AFTER.test(text.slice(cur.number.end, cur.number.end + 8)) && out.includes(ante as FigureMention);
    if (!ante || (cur.written === 'words' && cur.pending.adjectives.length === 0 && !placed)) continue;
    const multiplier = cur.multiplier !== 1 ? cur.multiplier : ante.multiplier;
    out.push(
      strip({
        ...cur,
        unit: ante.unit,
        kind: ante.kind,
        multiplier,
        value: round((cur.value / cur.multiplier) * multiplier),
        elliptic: true,
        antecedent: ante,
      }),
    );
  }
  return out;
}

const PLACE_AFTER = /^\s+(?:au|aux|en|à|dans)\s/iu;
const antecedentOf = (sofar: FigureMention[], previous: FigureMention | undefined) =>
  [...sofar].reverse().find((f) => f.unit !== null || f.kind === 'money') ?? previous;

function strip(p: Pending): FigureMention {
  const { pending: _pending, ...rest } = p;
  return rest;
}
