import autocannon from 'autocannon';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchQuery } from './queries.js';

export interface MeasureOptions {
  url: string;
  /** Concurrent clients, each with one request in flight. @default 16 */
  connections?: number;
  /** Seconds of measured load. @default 10 */
  duration?: number;
  /** Seconds of unmeasured load first (JIT, Neo4j plan cache, page cache). @default 3 */
  warmup?: number;
}

export interface Measurement {
  query: string;
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /** Transport errors, timeouts, non-2xx responses and GraphQL `errors` together. */
  errors: number;
  /** Share of responses whose list came back empty (an argument that matched nothing). */
  emptyShare: number;
  /** 1-minute load average at the end: the machine is shared, this says how busy it was. */
  load1: number;
}

function fire(url: string, query: BenchQuery, connections: number, duration: number) {
  let next = 0;
  const seen = { graphqlErrors: 0, empty: 0, responses: 0 };
  const run = autocannon({
    url,
    connections,
    pipelining: 1,
    duration,
    timeout: 10,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: query.bodies[next++ % query.bodies.length]! }),
        onResponse: (_status, body) => {
          seen.responses++;
          if (body.includes('"errors"')) seen.graphqlErrors++;
          else if (/^\{"data":\{"\w+":\[\]\}\}$/.test(body)) seen.empty++;
        },
      },
    ],
  });
  return run.then((result) => ({ result, seen }));
}

/** Drives one query at fixed concurrency with autocannon and returns its latency percentiles (ms) and rate. */
export async function measure(query: BenchQuery, options: MeasureOptions): Promise<Measurement> {
  const connections = options.connections ?? 16;
  // autocannon abandons the requests in flight when time is up; the pause lets the server finish
  // them so they do not queue ahead of the next run's first requests.
  if (options.warmup ?? 3) await fire(options.url, query, connections, options.warmup ?? 3);
  await sleep(1000);
  const { result, seen } = await fire(options.url, query, connections, options.duration ?? 10);
  await sleep(1000);
  return {
    query: query.name,
    connections,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.non2xx + seen.graphqlErrors,
    emptyShare: seen.responses ? Number((seen.empty / seen.responses).toFixed(3)) : 0,
    load1: Number(loadavg()[0]!.toFixed(1)),
  };
}
