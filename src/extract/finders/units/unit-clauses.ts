import type { Span } from '../../../model/index.js';
import { matchAll } from '../../core/match-all.js';
import type { Context } from './unit-places.js';

// "…, tandis que la 7e brigade …", "…; le 16e régiment …": a second clause with a subject of its own.
const CLAUSE_BREAK = /,?\s+(?:tandis|alors|pendant|cependant)\s+que\s+|;\s+/gu;
// "… a pris Kourakhovo et la 11e brigade a progressé …": "et" opens a clause when a unit follows it…
const AND_UNIT = /,?\s+et\s+(?:la\s+|le\s+|les\s+|l[’']\s*)?$/u;

/**
 * Splits a sentence into the clauses whose subjects are different units, so that each unit keeps the
 * places of its own clause: "La 5e brigade a libéré le village de A, tandis que la 7e brigade a repoussé
 * des attaques près de B". A list of units ("la 34e brigade, le 22e régiment et la 9e division") is one
 * subject: "et" before a unit breaks only when a place lies between the previous unit and it.
 */
export function clausesOf(ctx: Context, sentence: Span): Span[] {
  const text = ctx.doc.text;
  const units = ctx.unitsIn(sentence);
  if (units.length < 2) return [sentence];
  const places = ctx.regionsIn(sentence);
  const breaks: { at: number; next: number }[] = [];
  const chunk = text.slice(sentence.start, sentence.end);
  for (const m of matchAll(chunk, CLAUSE_BREAK)) {
    breaks.push({ at: sentence.start + m.index, next: sentence.start + m.index + m[0].length });
  }
  for (let i = 1; i < units.length; i++) {
    const u = units[i]!;
    const prev = units[i - 1]!;
    const between = text.slice(prev.span.end, u.span.start);
    const and = AND_UNIT.exec(between);
    if (!and) continue;
    const at = prev.span.end + and.index;
    if (!places.some((r) => r.span.start >= prev.span.end && r.span.end <= at)) continue;
    breaks.push({ at, next: at + /^,?\s+et\s+/u.exec(and[0])![0].length });
  }
  if (breaks.length === 0) return [sentence];
  breaks.sort((a, b) => a.at - b.at);
  const out: Span[] = [];
  let start = sentence.start;
  for (const b of breaks) {
    if (b.at <= start) continue;
    out.push({ start, end: b.at });
    start = b.next;
  }
  out.push({ start, end: sentence.end });
  return out;
}
