// Scores of a set of documents pooled (micro-averaged): counts add up across documents, then P/R/F1.
// A set is what the README's score table has a column for: the seed, our own fixtures, the dev half, the blind half.
import { prf, sum, type Prf, type ScoreReport } from './score.js';

type Counts = Pick<Prf, 'tp' | 'fp' | 'fn'>;

export interface PooledScore {
  name: string;
  documents: number;
  entities: { overall: Prf; byType: Record<string, Prf> };
  relations: { overall: Prf; byType: Record<string, Prf> };
}

function addInto(bucket: Record<string, Counts>, byType: Record<string, Prf>): void {
  for (const [type, m] of Object.entries(byType)) {
    const counts = (bucket[type] ??= { tp: 0, fp: 0, fn: 0 });
    counts.tp += m.tp;
    counts.fp += m.fp;
    counts.fn += m.fn;
  }
}

export function poolReports(name: string, reports: readonly ScoreReport[]): PooledScore {
  const entities: Record<string, Counts> = {};
  const relations: Record<string, Counts> = {};
  for (const report of reports) {
    addInto(entities, report.entities.byType);
    addInto(relations, report.relations.byType);
  }
  const byType = (bucket: Record<string, Counts>) =>
    Object.fromEntries(
      Object.entries(bucket)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, prf(v)]),
    );
  return {
    name,
    documents: reports.length,
    entities: { overall: prf(sum(entities)), byType: byType(entities) },
    relations: { overall: prf(sum(relations)), byType: byType(relations) },
  };
}

/** One Markdown table: a row per type, an F1 column per set (— where the set has no such type). */
export function formatPooledTable(sets: readonly PooledScore[]): string {
  const header = `| F1 | ${sets.map((s) => `${s.name} (${s.documents})`).join(' | ')} |`;
  const rule = `| --- | ${sets.map(() => '---').join(' | ')} |`;
  const rows: string[] = [];
  const section = (kind: 'entities' | 'relations', total: string): void => {
    const types = [...new Set(sets.flatMap((s) => Object.keys(s[kind].byType)))].sort();
    for (const type of types)
      rows.push(`| ${type} | ${sets.map((s) => s[kind].byType[type]?.f1.toFixed(3) ?? '—').join(' | ')} |`);
    rows.push(
      `| **${total}** | ${sets.map((s) => `**${s[kind].overall.f1.toFixed(3)}** (P ${s[kind].overall.precision.toFixed(2)} R ${s[kind].overall.recall.toFixed(2)})`).join(' | ')} |`,
    );
  };
  section('entities', 'entities');
  section('relations', 'relations');
  return [header, rule, ...rows].join('\n');
}
