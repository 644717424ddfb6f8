// Neo4j Browser fetches the style and the guide cross-origin with `pragma`/`cache-control` headers, so Chromium
// preflights them. With CORS off (the default: no CORS_ORIGINS) those two routes must still answer the preflight;
// the GraphQL endpoint must not.
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../src/api/index.js';

// Never connected: building the schema and serving these routes need no database.
const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'unused-password'));
let api: Api;
beforeAll(async () => {
  api = await createApi({ driver });
});
afterAll(() => driver.close());

const preflight = (path: string) =>
  api.yoga.fetch(`http://localhost:4000${path}`, {
    method: 'OPTIONS',
    headers: {
      origin: 'http://127.0.0.1:7474',
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'pragma,cache-control',
    },
  });

describe('Browser assets under the default CORS policy', () => {
  it.each(['/style.grass', '/guide.html'])('%s answers a preflight from Browser', async (path) => {
    const response = await preflight(path);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-methods')).toContain('GET');
    expect(response.headers.get('access-control-allow-headers')).toBe('pragma,cache-control');
  });

  it.each(['/style.grass', '/guide.html'])('%s is readable from any origin', async (path) => {
    const response = await api.yoga.fetch(`http://localhost:4000${path}`, {
      headers: { origin: 'http://127.0.0.1:7474', pragma: 'no-cache' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(await response.text()).toMatch(path.endsWith('.grass') ? /node\.Person/ : /guided tour/i);
  });

  it('the GraphQL endpoint keeps CORS off by default', async () => {
    const response = await preflight('/graphql');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});
