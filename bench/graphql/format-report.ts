import { cpus } from 'node:os';
import type { GraphKind } from './bench-database.js';
import type { Measurement } from './measure.js';
import type { GraphSize } from './prepare-graph.js';
import type { QueryProfile } from './profile-queries.js';

export interface GraphResult {
  graph: GraphKind;
  documents: number;
  size: GraphSize;
  server: string;
  measurements: Measurement[];
  profiles: QueryProfile[];
}

const HEADER = [
  'graph',
  'nodes',
  'rels',
  'query',
  'clients',
  'rps',
  'p50 ms',
  'p99 ms',
  'errors',
  'empty',
  'load',
];

/** The results table (one row per query and concurrency), then each query's PROFILE summary and worst plan. */
export function formatReport(results: GraphResult[]): string {
  const rows = results.flatMap((g) =>
    g.measurements.map((m) => [
      g.graph === 'seed' ? `seed (${g.documents} docs)` : `${g.documents} docs`,
      String(g.size.nodes),
      String(g.size.relationships),
      m.query,
      String(m.connections),
      String(m.rps),
      String(m.p50),
      String(m.p99),
      String(m.errors),
      `${Math.round(m.emptyShare * 100)}%`,
      String(m.load1),
    ]),
  );
  const widths = HEADER.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  const table = [line(HEADER), ...rows.map(line)].join('\n');
  const note = `(load = 1-minute load average after the run, on ${cpus().length} cores; API in a ${results[0]?.server ?? '?'})`;
  const profiles = results.flatMap((g) =>
    g.profiles.map(
      (p) =>
        `\n${g.graph} · ${p.query}: dbHits median ${p.dbHits.median}, max ${p.dbHits.max}; ` +
        `server ms median ${p.serverMs.median}, max ${p.serverMs.max}; worst ${p.worstArguments}\n` +
        p.worstPlan.map((l) => `  ${l}`).join('\n'),
    ),
  );
  return [table, note, ...profiles].join('\n') + '\n';
}
