import type { Driver, QueryResult } from 'neo4j-driver';
import { createApi } from '../../src/api/index.js';
import type { BenchQuery } from './queries.js';

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

export interface QueryProfile {
  query: string;
  /** Requests profiled (the first `samples` bodies of the query). */
  samples: number;
  dbHits: { median: number; max: number };
  /** Server-side time of the Cypher (available + consumed), ms, under PROFILE. */
  serverMs: { median: number; max: number };
  /** Operator tree of the costliest sample: `operator details rows=… dbHits=…`, indented. */
  worstPlan: string[];
  worstArguments: string;
}

const totalHits = (p: PlanNode): number => p.dbHits + p.children.reduce((s, c) => s + totalHits(c), 0);
const num = (v: unknown) =>
  typeof v === 'number' ? v : Number((v as { toNumber?: () => number })?.toNumber?.() ?? v);

function planLines(p: PlanNode, depth = 0): string[] {
  const details = String(p.arguments.Details ?? '')
    .replace(/\s+/g, ' ')
    .slice(0, 160);
  const line = `${'  '.repeat(depth)}${p.operatorType.replace(/@.*$/, '')} ${details} rows=${p.rows} dbHits=${p.dbHits}`;
  return [line, ...p.children.flatMap((c) => planLines(c, depth + 1))];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Runs the real API in-process over a driver that prefixes every statement with PROFILE, so what is
 * profiled is exactly the Cypher src/api/resolvers.ts sends for each sampled argument.
 */
export async function profileQueries(
  driver: Driver,
  database: string,
  queries: BenchQuery[],
  samples = 30,
  create: typeof createApi = createApi,
): Promise<QueryProfile[]> {
  let captured: { hits: number; ms: number; plan: PlanNode }[] = [];
  const profiling = new Proxy(driver, {
    get(target, key) {
      if (key === 'executeQuery')
        return async (cypher: string, params: unknown, config: unknown) => {
          const result = (await (target.executeQuery as (...a: unknown[]) => Promise<QueryResult>)(
            `PROFILE ${cypher}`,
            params,
            config,
          )) as QueryResult;
          const plan = result.summary.profile as unknown as PlanNode;
          const ms = num(result.summary.resultAvailableAfter) + num(result.summary.resultConsumedAfter);
          if (plan) captured.push({ hits: totalHits(plan), ms, plan });
          return result;
        };
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const { yoga } = await create({ driver: profiling, database, graphiql: false });
  const out: QueryProfile[] = [];
  for (const query of queries) {
    const runs: { hits: number; ms: number; plan: PlanNode; body: string }[] = [];
    for (const body of query.bodies.slice(0, samples)) {
      captured = [];
      const response = await yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      await response.text();
      for (const c of captured) runs.push({ ...c, body });
    }
    const worst = runs.reduce((a, b) => (b.hits > a.hits ? b : a), runs[0]!);
    out.push({
      query: query.name,
      samples: runs.length,
      dbHits: { median: median(runs.map((r) => r.hits)), max: worst?.hits ?? 0 },
      serverMs: { median: median(runs.map((r) => r.ms)), max: Math.max(0, ...runs.map((r) => r.ms)) },
      worstPlan: worst ? planLines(worst.plan) : [],
      worstArguments: worst ? JSON.stringify(JSON.parse(worst.body).variables) : '',
    });
  }
  return out;
}
