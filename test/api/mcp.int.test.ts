import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, listen } from '../../src/api/index.js';
import { removeDocument } from '../../src/load/index.js';
import { ingest } from '../../src/pipeline.js';
import { testConnection, testDriver } from '../support/neo4j.js';

// The seed under a file name of our own, so this file removes exactly what it loaded.
const DOC = 'doc:test-mcp-seed';
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kg-mcp-'));
copyFileSync('fixtures/000_3e7985f103b3e583.txt', join(dir, 'test-mcp-seed.txt'));

let driver: Driver;
let server: Server;
let mcpUrl: URL;
const clients: Record<'http' | 'stdio', Client> = {} as never;

type ToolText = { content: { type: string; text: string }[]; isError?: boolean };
const call = async (client: Client, name: string, args: Record<string, unknown> = {}) => {
  const result = (await client.callTool({ name, arguments: args })) as ToolText;
  const text = result.content[0]!.text;
  return { isError: Boolean(result.isError), text, json: result.isError ? undefined : JSON.parse(text) };
};

beforeAll(async () => {
  driver = testDriver();
  await removeDocument(driver, DOC);
  await ingest([dir], { driver });
  const api = await createApi({ driver, corsOrigins: ['http://allowed.example'] });
  const listening = await listen(api, { port: 0 });
  server = listening.server;
  mcpUrl = new URL(listening.url.replace(/graphql$/, 'mcp'));
  clients.http = new Client({ name: 'test-http', version: '1.0.0' });
  await clients.http.connect(new StreamableHTTPClientTransport(mcpUrl));
  const c = testConnection();
  clients.stdio = new Client({ name: 'test-stdio', version: '1.0.0' });
  await clients.stdio.connect(
    new StdioClientTransport({
      command: process.execPath,
      args: ['--import', 'tsx', 'src/cli/main.ts', 'mcp'],
      cwd: ROOT,
      env: {
        ...(process.env as Record<string, string>),
        NEO4J_URI: c.uri,
        NEO4J_USER: c.user,
        NEO4J_PASSWORD: c.password,
        NEO4J_DATABASE: c.database,
      },
      stderr: 'pipe',
    }),
  );
}, 300_000);

afterAll(async () => {
  await Promise.all(Object.values(clients).map((c) => c?.close()));
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await removeDocument(driver, DOC);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe.each(['http', 'stdio'] as const)('MCP over %s', (transport) => {
  const client = () => clients[transport];

  it('lists six read-only tools, each with a JSON schema and a description', async () => {
    const { tools } = await client().listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      'find_relations',
      'get_entity',
      'graph_schema',
      'neighbours',
      'search_entities',
      'shortest_path',
    ]);
    for (const tool of tools) {
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.description!.length).toBeGreaterThan(60);
      expect(tool.annotations?.readOnlyHint).toBe(true);
    }
  });

  it('finds an entity exactly, then fuzzily', async () => {
    const exact = await call(client(), 'search_entities', { text: 'Dmitry Makhonin' });
    expect(exact.json.results).toEqual([
      expect.objectContaining({ id: 'person:dmitry-makhonin', match: 'exact' }),
    ]);
    const fuzzy = await call(client(), 'search_entities', {
      // A misspelling no document contains, one edit from the seed's "Lukashenko" (003's "Loukachenko" is an exact alias once loaded).
      text: 'Lukachenko',
      types: ['Person'],
      limit: 1,
    });
    expect(fuzzy.json.results[0]).toMatchObject({ name: 'Alexander Lukashenko', match: 'fuzzy' });
  });

  it('answers find_relations with evidence: document, event, URL, offsets and sentence', async () => {
    const { json } = await call(client(), 'find_relations', {
      subject: 'Dmitry Makhonin',
      type: 'HOLDS_POSITION',
    });
    const perm = json.results.find((t: any) => t.object.name === 'Territoire de Perm');
    expect(perm.properties).toEqual({ title: 'gouverneur' });
    const ours = perm.evidence.find((e: any) => e.document === DOC) ?? perm.evidence[0];
    expect(ours).toMatchObject({
      start: expect.any(Number),
      end: expect.any(Number),
      text: expect.stringMatching(/gouverneur/),
    });
    const stated = await call(client(), 'find_relations', {
      subject: 'person:dmitry-makhonin',
      type: 'STATED',
    });
    const evidence = stated.json.results.flatMap((t: any) => t.evidence);
    expect(evidence.some((e: any) => e.event?.date === '2025-03-10' && /kremlin\.ru/.test(e.url))).toBe(true);
    expect(perm.confidence).toBeGreaterThan(0.8);
    const sure = await call(client(), 'find_relations', { subject: 'Dmitry Makhonin', minConfidence: 0.99 });
    for (const t of sure.json.results) expect(t.confidence).toBeGreaterThanOrEqual(0.99);
  });

  it('bounds answers: limit, then a truncated flag', async () => {
    const { json } = await call(client(), 'neighbours', { id: 'person:vladimir-poutine', limit: 2 });
    expect(json.results).toHaveLength(2);
    expect(json.truncated).toBe(true);
    for (const n of json.results) expect(n.evidence.length).toBeLessThanOrEqual(3);
  });

  it('gives an entity, a path and the schema', async () => {
    const entity = await call(client(), 'get_entity', { id: 'person:dmitry-makhonin' });
    expect(entity.json).toMatchObject({ type: 'Person', name: 'Dmitry Makhonin' });
    expect(entity.json.relationships['HOLDS_POSITION OUT']).toBeGreaterThan(0);
    const path = await call(client(), 'shortest_path', {
      from: 'person:dmitry-makhonin',
      to: 'person:alexander-lukashenko',
    });
    expect(path.json.path.nodes.at(-1).name).toBe('Alexander Lukashenko');
    expect(path.json.path.steps).toHaveLength(path.json.path.length);
    const schema = await call(client(), 'graph_schema');
    expect(schema.json.labels.find((l: any) => l.label === 'Person').count).toBeGreaterThan(0);
    expect(schema.text.length).toBeLessThan(10_000);
  });

  it('fails with a plain message: unknown id, bad type, bad arguments', async () => {
    const missing = await call(client(), 'get_entity', { id: 'person:nobody-at-all' });
    expect(missing.isError).toBe(true);
    expect(missing.text).toMatch(/No entity or event has id "person:nobody-at-all"/);
    const badType = await call(client(), 'find_relations', { type: 'DROP_ALL' });
    expect(badType.isError).toBe(true);
    const badLimit = await call(client(), 'search_entities', { text: 'x', limit: 100_000 });
    expect(badLimit.isError).toBe(true);
    for (const r of [missing, badType, badLimit]) expect(r.text).not.toMatch(/\n\s+at /);
  });
});

describe('MCP over HTTP follows the GraphQL endpoint', () => {
  const post = (origin?: string) =>
    fetch(mcpUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        ...(origin ? { origin } : {}),
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} }),
    });

  it('refuses a browser origin that CORS_ORIGINS does not list, and allows one it does', async () => {
    expect((await post('http://evil.example')).status).toBe(403);
    const allowed = await post('http://allowed.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://allowed.example');
  });

  it('binds to loopback like GraphQL', () => {
    expect(mcpUrl.hostname).toBe('127.0.0.1');
  });
});
