// Loopback load test of the GraphQL server: 32 clients for 60 s over the three typical queries
// (search, neighbours, relations), on a private Neo4j loaded with the fixtures. Passes with zero
// errors (transport, non-2xx, GraphQL `errors`) and flat memory; writes bench/results/graphql-load.json.
//   npx tsx bench/graphql-load/run.ts [--duration 60] [--connections 32]
import autocannon from 'autocannon';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createApi, listen } from '../../src/api/index.js';
import { createDriver } from '../../src/db/index.js';
import { ingest } from '../../src/pipeline.js';
import { startPrivateServer } from '../../test/reliability/support/private-server.js';

const { values } = parseArgs({
  options: { duration: { type: 'string', default: '60' }, connections: { type: 'string', default: '32' } },
});
const duration = Math.min(300, Number(values.duration));
const connections = Math.min(64, Number(values.connections));

const QUERIES = [
  {
    name: 'search',
    query: 'query($t: String!) { search(text: $t, limit: 10) { id type name score } }',
    variables: [{ t: 'Poutine' }, { t: 'Loukachenko' }, { t: 'territoire de Perm' }, { t: 'division' }],
  },
  {
    name: 'neighbours',
    query: 'query($id: ID!) { neighbours(id: $id, limit: 20) { entity { id name } type direction } }',
    variables: [{ id: 'person:vladimir-poutine' }, { id: 'person:dmitry-makhonin' }],
  },
  {
    name: 'relations',
    query:
      'query($s: String, $t: String) { relations(subject: $s, type: $t, limit: 20) { subject { name } type object { name } evidence { text } } }',
    variables: [
      { s: 'Makhonin', t: 'HOLDS_POSITION' },
      { s: 'Poutine', t: 'PARTICIPATED_IN' },
    ],
  },
];

const log = (line: string) => process.stderr.write(`${line}\n`);
log('graphql-load: starting a private Neo4j…');
const server = await startPrivateServer(log);
const driver = createDriver(server.connection);
try {
  await ingest(['fixtures'], { driver });
  const api = await createApi({ driver, introspection: false, graphiql: false });
  const { server: http, url } = await listen(api, { host: '127.0.0.1', port: 0 });
  if (!url.startsWith('http://127.0.0.1:')) throw new Error(`not loopback: ${url}`);

  const requests = QUERIES.flatMap((q) =>
    q.variables.map((variables) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q.query, variables }),
      onResponse: (status: number, body: string) => {
        if (status !== 200 || body.includes('"errors"'))
          graphqlErrors[q.name] = (graphqlErrors[q.name] ?? 0) + 1;
      },
    })),
  );
  const graphqlErrors: Record<string, number> = {};

  // Memory of this process (the API server) every second; the first 10 s are warm-up.
  const samples: { s: number; rssMb: number; heapMb: number }[] = [];
  const t0 = Date.now();
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    samples.push({
      s: Math.round((Date.now() - t0) / 1000),
      rssMb: +(m.rss / 2 ** 20).toFixed(1),
      heapMb: +(m.heapUsed / 2 ** 20).toFixed(1),
    });
  }, 1000);
  log(`graphql-load: ${connections} clients for ${duration} s on ${url}…`);
  const result = await autocannon({ url, connections, duration, requests, timeout: 20 });
  clearInterval(sampler);
  await new Promise((r) => http.close(r));

  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const settled = samples.filter((x) => x.s > 10);
  const third = Math.max(1, Math.floor(settled.length / 3));
  const heapEarly = mean(settled.slice(0, third).map((x) => x.heapMb));
  const heapLate = mean(settled.slice(-third).map((x) => x.heapMb));
  const errors =
    result.errors + result.timeouts + result.non2xx + Object.values(graphqlErrors).reduce((a, b) => a + b, 0);
  const report = {
    date: new Date().toISOString(),
    url: url.replace(/:\d+\//, ':<port>/'),
    connections,
    durationSeconds: duration,
    queries: QUERIES.map((q) => q.name),
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    errors: {
      total: errors,
      transport: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      graphql: graphqlErrors,
    },
    memory: {
      rssMbMax: Math.max(...samples.map((x) => x.rssMb)),
      heapMbFirstThird: +heapEarly.toFixed(1),
      heapMbLastThird: +heapLate.toFixed(1),
      heapGrowthPercent: +(((heapLate - heapEarly) / heapEarly) * 100).toFixed(1),
      samples,
    },
    pass: errors === 0 && heapLate <= heapEarly * 1.25,
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/graphql-load.json', JSON.stringify(report, null, 2) + '\n');
  const { samples: _s, ...memory } = report.memory;
  log(JSON.stringify({ ...report, memory }, null, 2));
  process.exitCode = report.pass ? 0 : 1;
} finally {
  await driver.close();
  await server.dispose();
}
