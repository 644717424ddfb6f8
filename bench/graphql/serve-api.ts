import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { createApi as currentApi, listen } from '../../src/api/index.js';
import { connectDatabase } from '../../src/db/index.js';
import { benchConfig, type GraphKind } from './bench-database.js';

// Child-process entry of the benchmark (`tsx bench/graphql/serve-api.ts seed|large [api module]`): the
// API in its own process, as `kg serve` runs it, so the load generator's CPU and memory are not counted
// with it. An optional module exporting `createApi` benchmarks a candidate (e.g. a patched copy of
// src/api). Prints one JSON line with the endpoint, then serves until killed.
const kind = (process.argv[2] ?? 'large') as GraphKind;
const createApi: typeof currentApi = process.argv[3]
  ? ((await import(pathToFileURL(resolve(process.argv[3])).href)) as { createApi: typeof currentApi })
      .createApi
  : currentApi;
const config = benchConfig(kind);
const { driver, connection } = await connectDatabase(config, { startedBy: 'bench' });
const api = await createApi({ driver, database: connection.database, graphiql: false });
const { server, url } = await listen(api, { host: '127.0.0.1', port: 0 });
process.stdout.write(JSON.stringify({ url, pid: process.pid }) + '\n');

const stop = () => server.close(() => void driver.close().finally(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
