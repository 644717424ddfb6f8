import { describe, expect, it } from 'vitest';
import { testConnection } from '../support/neo4j.js';

const connection = testConnection();

// NEO4J_URI gives no HTTP address; the local server and Docker both serve Browser.
describe.skipIf(connection.mode === 'env')('Neo4j Browser', () => {
  it('is served at /browser/', async () => {
    const response = await fetch(connection.browserUrl!);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<title>Neo4j Browser<\/title>/i);
  });

  it('finds Bolt through the HTTP discovery document', async () => {
    const discovery = (await (await fetch(connection.httpUrl!)).json()) as Record<string, string>;
    expect(discovery.neo4j_version).toMatch(/^5\.26\./);
    expect(discovery.bolt_direct).toMatch(/^bolt:\/\//);
  });
});
