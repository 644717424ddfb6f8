// Calibration of extraction confidence against gold: a reliability table (confidence bucket → count and
// precision of the relations in it), and the fit that produces the confidence table from the dev half.
import type { ConfidenceTable } from '../extract/assemble/relation-confidence.js';
import type { Matches } from './score.js';

/** Lower bounds of the buckets; each runs to the next (the last to 1, inclusive). */
export const BUCKETS = [0, 0.2, 0.4, 0.6, 0.8, 0.9] as const;
/** Relations at or above this confidence are the ones an app can take without review. */
export const SURE = 0.8;

export interface Reliability {
  name: string;
  buckets: { from: number; to: number; count: number; precision: number | null }[];
  /** Relations with confidence ≥ SURE: their precision, and the share of gold relations they find. */
  sure: { count: number; precision: number | null; coverage: number | null };
  relations: number;
  goldRelations: number;
}

const ratio = (a: number, b: number): number | null => (b ? +(a / b).toFixed(3) : null);

/** Buckets every scored relation of a set by its confidence. */
export function reliability(name: string, sets: readonly Matches[]): Reliability {
  const counts = BUCKETS.map(() => ({ count: 0, tp: 0 }));
  let sureCount = 0;
  let sureTp = 0;
  let goldRelations = 0;
  let relations = 0;
  for (const m of sets) {
    goldRelations += m.goldRelations;
    for (const { relation, matched } of m.relations) {
      const c = relation.confidence ?? 0;
      relations++;
      let i = BUCKETS.length - 1;
      while (i > 0 && c < BUCKETS[i]!) i--;
      counts[i]!.count++;
      if (matched) counts[i]!.tp++;
      if (c >= SURE) {
        sureCount++;
        if (matched) sureTp++;
      }
    }
  }
  return {
    name,
    buckets: counts.map((b, i) => ({
      from: BUCKETS[i]!,
      to: BUCKETS[i + 1] ?? 1,
      count: b.count,
      precision: ratio(b.tp, b.count),
    })),
    sure: { count: sureCount, precision: ratio(sureTp, sureCount), coverage: ratio(sureTp, goldRelations) },
    relations,
    goldRelations,
  };
}

/** One Markdown table per set: bucket → count, precision; then the ≥ 0.8 line. */
export function formatReliability(sets: readonly Reliability[]): string {
  return sets
    .map((s) =>
      [
        `${s.name}: ${s.relations} relations scored, ${s.goldRelations} in gold`,
        '| confidence | count | precision |',
        '| --- | --- | --- |',
        ...s.buckets.map(
          (b) =>
            `| ${b.from.toFixed(1)}–${b.to.toFixed(1)} | ${b.count} | ${b.precision?.toFixed(3) ?? '—'} |`,
        ),
        `| **≥ ${SURE}** | ${s.sure.count} | **${s.sure.precision?.toFixed(3) ?? '—'}** (coverage of gold ${s.sure.coverage?.toFixed(3) ?? '—'}) |`,
      ].join('\n'),
    )
    .join('\n\n');
}

/** Ten documents cannot show a rule to be surer than this: a prefix's children shrink towards it. */
export const MAX_CONFIDENCE = 0.98;

export interface Sample {
  features: readonly string[];
  matched: boolean;
}

/**
 * The table: for each prefix of the features, the empirical precision shrunk towards its parent's with
 * `strength` pseudo-observations (the type's own towards 1/2 with one each way), so that a bucket of a few
 * relations says little beyond its type, and a large one speaks for itself; `z` > 0 takes that many
 * standard errors off (a conservative table).
 */
export function fitTable(samples: readonly Sample[], strength = 8, z = 0): ConfidenceTable['relations'] {
  const counts = new Map<string, { n: number; tp: number }>();
  for (const s of samples)
    for (let i = 1; i <= s.features.length; i++) {
      const key = s.features.slice(0, i).join('|');
      const c = counts.get(key) ?? { n: 0, tp: 0 };
      c.n++;
      if (s.matched) c.tp++;
      counts.set(key, c);
    }
  const table: ConfidenceTable['relations'] = {};
  for (const key of [...counts.keys()].sort(
    (a, b) => a.split('|').length - b.split('|').length || (a < b ? -1 : 1),
  )) {
    const { n, tp } = counts.get(key)!;
    const parent = key.includes('|') ? table[key.slice(0, key.lastIndexOf('|'))]!.p : 0.5;
    const k = key.includes('|') ? strength : 2;
    const mean = (tp + k * parent) / (n + k);
    const lower = mean - z * Math.sqrt((mean * (1 - mean)) / (n + k));
    table[key] = { n, tp, p: +Math.min(MAX_CONFIDENCE, lower).toFixed(3) };
  }
  return table;
}
