import { round } from './french-numbers.js';
import type { FigureMention } from './figure-mentions.js';
import type { UnitKind } from './figure-units.js';

/** A number read before its unit is settled: `pending` holds what followed it when that was no unit. */
export type Pending = FigureMention & {
  pending?: { kind: UnitKind; word: string | null; adjectives: string[] };
};

// Numbers with no unit of their own take one from a neighbour, or are dropped:
// "97 à 98 milliards" (range), "entre 550 et 834 milliards de roubles" (shared), "30 autres", "en 2024, 350".
export function resolveEllipses(
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
