import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { testDriver } from '../support/neo4j.js';

// Each run writes under its own id and removes it, so files and parallel runs can share the server.
const runId = `db-driver-${randomUUID()}`;
const driver = testDriver();

afterAll(async () => {
  await driver.executeQuery('MATCH (n:KgDbTest {runId: $runId}) DETACH DELETE n', { runId });
  await driver.close();
});

describe('the shared Neo4j', () => {
  it('writes a small graph and reads it back', async () => {
    await driver.executeQuery(
      `CREATE (a:KgDbTest {runId: $runId, name: 'Vladimir Poutine'})-[:MET {on: date('2024-05-16')}]->
              (b:KgDbTest {runId: $runId, name: 'Xi Jinping'})`,
      { runId },
    );
    const { records } = await driver.executeQuery(
      `MATCH (a:KgDbTest {runId: $runId})-[m:MET]->(b) RETURN a.name AS a, b.name AS b, toString(m.on) AS on`,
      { runId },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      { a: 'Vladimir Poutine', b: 'Xi Jinping', on: '2024-05-16' },
    ]);
  });

  it('is Neo4j 5.26', async () => {
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS v',
    );
    expect(records[0]?.get('name')).toBe('Neo4j Kernel');
    expect(records[0]?.get('v')).toMatch(/^5\.26\./);
  });

  it('answers APOC Core, including the two functions @neo4j/graphql 7 checks for', async () => {
    const version = await driver.executeQuery('RETURN apoc.version() AS v');
    expect(version.records[0]?.get('v')).toMatch(/^5\.26\./);
    const { records } = await driver.executeQuery(
      `SHOW FUNCTIONS YIELD name WHERE name IN ['apoc.util.validatePredicate', 'apoc.date.convertFormat']
       RETURN name ORDER BY name`,
    );
    expect(records.map((r) => r.get('name'))).toEqual([
      'apoc.date.convertFormat',
      'apoc.util.validatePredicate',
    ]);
    const converted = await driver.executeQuery(
      "RETURN apoc.date.convertFormat('2024-05-16', 'iso_date', 'basic_iso_date') AS d",
    );
    expect(converted.records[0]?.get('d')).toBe('20240516');
  });
});
