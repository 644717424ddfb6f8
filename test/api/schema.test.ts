import { lexicographicSortSchema, printSchema } from 'graphql';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/api/index.js';

// Building the schema needs no database: the driver is never used here.
const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('unused', 'unused'));
afterAll(() => driver.close());

describe('GraphQL schema', () => {
  it('matches the reviewed snapshot (sorted), so schema changes show in review', async () => {
    const printed = printSchema(lexicographicSortSchema(await buildSchema(driver)));
    await expect(printed).toMatchFileSnapshot('./__snapshots__/schema.graphql');
  });

  it('is read-only: no Mutation type', async () => {
    const schema = await buildSchema(driver);
    expect(schema.getMutationType()).toBeUndefined();
  });

  it('keeps the shapes other apps code against', async () => {
    const schema = await buildSchema(driver);
    const query = schema.getQueryType()!.getFields();
    expect(query.search!.args.map((a) => `${a.name}: ${a.type}`)).toEqual([
      'text: String!',
      'types: [String!]',
      'limit: Int',
    ]);
    expect(String(query.search!.type)).toBe('[SearchHit!]!');
    expect(query.relations!.args.map((a) => `${a.name}: ${a.type}`)).toEqual([
      'subject: String',
      'type: String',
      'object: String',
      'minConfidence: Float',
      'limit: Int',
    ]);
    expect(String(query.relations!.type)).toBe('[Triple!]!');
    const fieldsOf = (name: string) =>
      Object.entries(
        (schema.getType(name) as { getFields(): Record<string, { type: unknown }> }).getFields(),
      ).map(([k, f]) => `${k}: ${String(f.type)}`);
    expect(fieldsOf('SearchHit')).toEqual(
      expect.arrayContaining(['id: ID!', 'type: String!', 'name: String!', 'score: Float!']),
    );
    expect(fieldsOf('Triple')).toEqual(
      expect.arrayContaining([
        'subject: EntityRef!',
        'type: String!',
        'object: EntityRef!',
        'evidence: [Evidence!]!',
      ]),
    );
    expect(fieldsOf('EntityRef')).toEqual(['id: ID!', 'type: String!', 'name: String!']);
    expect(fieldsOf('Evidence')).toEqual([
      'document: String!',
      'start: Int!',
      'end: Int!',
      'text: String!',
      'event: EventRef',
      'url: String',
    ]);
    expect(fieldsOf('EventRef')).toEqual(['id: ID!', 'date: String', 'title: String']);
    expect(fieldsOf('Triple')).toContain('properties: JSON');
    expect(fieldsOf('Triple')).toContain('confidence: Float!');
  });
});
