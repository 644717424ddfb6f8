import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type Api } from '../../src/api/index.js';
import { removeDocument, writeTransaction } from '../../src/load/index.js';
import { ingest } from '../../src/pipeline.js';
import { testDriver } from '../support/neo4j.js';

// The seed under a file name of our own, so this file removes exactly what it loaded.
const DOC = 'doc:test-api-seed';
const dir = mkdtempSync(join(tmpdir(), 'kg-api-'));
copyFileSync('fixtures/000_3e7985f103b3e583.txt', join(dir, 'test-api-seed.txt'));

let driver: Driver;
let api: Api;

async function gql<T = any>(
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ data?: T; errors?: { message: string }[] }> {
  const response = await api.yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

beforeAll(async () => {
  driver = testDriver();
  await removeDocument(driver, DOC);
  await ingest([dir], { driver });
  api = await createApi({ driver });
});
afterAll(async () => {
  await removeDocument(driver, DOC);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('search', () => {
  it('finds Alexander Lukashenko first for the French transliteration "Loukachenko"', async () => {
    const { data, errors } = await gql('{ search(text: "Loukachenko") { id type name score } }');
    expect(errors).toBeUndefined();
    expect(data.search[0]).toMatchObject({ type: 'Person', name: 'Alexander Lukashenko' });
    expect(data.search[0].score).toBeGreaterThan(0);
  });

  it('finds Belarus from the spelling "Biélorussie", restricted to regions', async () => {
    const { data } = await gql('{ search(text: "Biélorussie", types: ["Region"], limit: 3) { name type } }');
    expect(data.search.length).toBeGreaterThan(0);
    expect(data.search.every((h: { type: string }) => h.type === 'Region')).toBe(true);
    expect(data.search[0].name).toMatch(/b[ée]larus|bi[ée]lorussie/i);
  });
});

describe('exact matches first', () => {
  it.each([
    ['an id', 'person:dmitry-makhonin'],
    ['a name', 'Dmitry Makhonin'],
    ['a name in another case', 'dmitry makhonin'],
  ])('returns only the exact hit for %s', async (_, text) => {
    const { data, errors } = await gql(
      'query ($text: String!) { search(text: $text) { id name match score } }',
      {
        text,
      },
    );
    expect(errors).toBeUndefined();
    expect(data.search).toEqual([
      { id: 'person:dmitry-makhonin', name: 'Dmitry Makhonin', match: 'exact', score: 1 },
    ]);
  });

  it('falls back to fuzzy full-text only when nothing is exact', async () => {
    const { data } = await gql('{ search(text: "Makhonine", limit: 3) { name match } }');
    expect(data.search[0]).toEqual({ name: 'Dmitry Makhonin', match: 'fuzzy' });
  });
});

describe('relations', () => {
  it('returns Territoire de Perm for Dmitry Makhonin HOLDS_POSITION, with the evidence sentence', async () => {
    const { data, errors } = await gql(`{
      relations(subject: "Dmitry Makhonin", type: "HOLDS_POSITION") {
        subject { id name } type object { id type name } properties evidence { document start end text } } }`);
    expect(errors).toBeUndefined();
    const perm = data.relations.find((t: { object: { name: string } }) =>
      /territoire de perm/i.test(t.object.name),
    );
    expect(perm).toBeDefined();
    expect(perm.object.type).toBe('Region');
    expect(perm.properties.title).toMatch(/gouverneur/i);
    const ours = perm.evidence.find((e: { document: string }) => e.document === DOC);
    expect(ours.text).toMatch(/gouverneur/i);
    expect(ours.end).toBeGreaterThan(ours.start);
  });

  it('gives each evidence sentence its event (id, date, title) and URL', async () => {
    const { data, errors } = await gql(`{
      relations(subject: "Dmitry Makhonin", type: "STATED") {
        evidenceCount evidence { document start text url event { id date title } } } }`);
    expect(errors).toBeUndefined();
    const ours = data.relations
      .flatMap((t: any) => t.evidence)
      .find((e: { document: string }) => e.document === DOC);
    // "En termes d’économie, le gouverneur a noté que…" is in the section of the 10 March meeting.
    expect(ours.event).toMatchObject({
      date: '2025-03-10',
      title: 'Rencontre avec le gouverneur du territoire de Perm Dmitry Makhonin',
    });
    expect(ours.event.id).toMatch(/^event:2025-03-10-/);
    expect(ours.url).toBe('http://en.kremlin.ru/events/president/news/76428');
    expect(data.relations[0].evidenceCount).toBeGreaterThanOrEqual(data.relations[0].evidence.length);
  });

  it('accepts an object by name and a type alone', async () => {
    const { data } = await gql(
      `{ relations(type: "PART_OF", object: "7th Airborne Assault Division") { subject { name } object { name } } }`,
    );
    expect(data.relations.map((t: { subject: { name: string } }) => t.subject.name)).toContain(
      '56th Guards Airborne Assault Regiment',
    );
  });

  it('gives each triple its confidence and keeps only the sure ones with minConfidence', async () => {
    const all = await gql(
      `{ relations(object: "Territoire de Perm", limit: 200) { type confidence properties } }`,
    );
    expect(all.errors).toBeUndefined();
    const confidences = all.data.relations.map((t: { confidence: number }) => t.confidence);
    for (const c of confidences) {
      expect(c).toBeGreaterThan(0);
      expect(c).toBeLessThanOrEqual(1);
    }
    // Provenance lists stay out of `properties`.
    for (const t of all.data.relations) expect(Object.keys(t.properties ?? {})).not.toContain('confidences');
    const sure = await gql(
      `{ relations(object: "Territoire de Perm", minConfidence: 0.8, limit: 200) { confidence } }`,
    );
    expect(sure.data.relations.length).toBe(confidences.filter((c: number) => c >= 0.8).length);
    expect(sure.data.relations.length).toBeLessThan(confidences.length);
  });

  it('rejects an unknown relation type with a clear, masked-safe message', async () => {
    const { errors } = await gql('{ relations(type: "DROP_ALL") { type } }');
    expect(errors?.[0]?.message).toMatch(/Unknown relation type/);
  });
});

describe('entity queries', () => {
  it('lists neighbours with relationship type, direction and evidence', async () => {
    const { data } = await gql(`{ search(text: "Makhonin", types: ["Person"], limit: 1) { id } }`);
    const id = data.search[0].id;
    const { data: n } = await gql(
      `query ($id: ID!) { neighbours(id: $id) { entity { name type } type direction evidence { text } } }`,
      { id },
    );
    const holds = n.neighbours.find((x: { type: string }) => x.type === 'HOLDS_POSITION');
    expect(holds).toMatchObject({ direction: 'OUT', entity: { type: 'Region' } });
    expect(
      n.neighbours.some(
        (x: { type: string; direction: string }) => x.type === 'STATED' && x.direction === 'OUT',
      ),
    ).toBe(true);
    expect(holds.evidence.length).toBeGreaterThan(0);
  });

  it('shows who held which position, with the title and the events that show it', async () => {
    const { data, errors } = await gql(`{
      people(where: { name: { eq: "Dmitry Makhonin" } }) {
        name
        positionsConnection { edges { properties { title evidenceTexts } node { ... on Region { name } } } }
        events { title date }
      } }`);
    expect(errors).toBeUndefined();
    const person = data.people[0];
    expect(
      person.positionsConnection.edges.some(
        (e: any) => e.properties.title === 'gouverneur' && /perm/i.test(e.node.name),
      ),
    ).toBe(true);
    expect(person.events.map((e: { date: string }) => e.date)).toContain('2025-03-10');
  });

  it('pages the events of a person by date range with a cursor', async () => {
    const query = `query ($after: String) { people(where: { name: { eq: "Vladimir Poutine" } }) {
      eventsConnection(first: 2, after: $after, sort: [{ node: { date: ASC } }],
                       where: { node: { date: { gte: "2025-03-11", lte: "2025-03-13" },
                                        documents: { some: { id: { eq: "${DOC}" } } } } }) {
        edges { cursor properties { role } node { date title } } pageInfo { hasNextPage endCursor } } } }`;
    const first = await gql(query);
    expect(first.errors).toBeUndefined();
    const page1 = first.data.people[0].eventsConnection;
    expect(page1.edges.map((e: any) => e.node.date)).toEqual(['2025-03-11', '2025-03-12']);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await gql(query, { after: page1.pageInfo.endCursor });
    expect(second.data.people[0].eventsConnection.edges.map((e: any) => e.node.date)).toEqual([
      '2025-03-13',
      '2025-03-13',
    ]);
  });

  it('lists the participants of an event with their roles', async () => {
    const { data } =
      await gql(`{ events(where: { date: { eq: "2025-03-13" }, kind: { eq: "press_conference" } }) {
      participantsConnection { edges { properties { role } node { name } } } } }`);
    const roles = Object.fromEntries(
      data.events[0].participantsConnection.edges.map((e: any) => [e.node.name, e.properties.role]),
    );
    expect(roles['Vladimir Poutine']).toBe('host');
    expect(roles['Anna Pyzh']).toBe('journalist');
  });

  it('gives figures about a region with value, unit, period and who stated them', async () => {
    const { data } = await gql(`{ regions(where: { name: { eq: "Territoire de Perm" } }) {
      figures(where: { unit: { eq: "%" } }) { value unit period measure raw statedBy { name } } } }`);
    const twelve = data.regions[0].figures.find((f: { value: number }) => f.value === 12);
    expect(twelve).toMatchObject({ unit: '%', period: '2024' });
    expect(twelve.statedBy.map((p: { name: string }) => p.name)).toContain('Dmitry Makhonin');
  });

  it('follows a unit up its PART_OF chain and shows where it operated', async () => {
    const { data } = await gql(
      `{ militaryUnits(where: { number: { eq: 56 } }) { name parentChain { name } operatedIn { name } } }`,
    );
    expect(data.militaryUnits[0].parentChain.map((u: { name: string }) => u.name)).toContain(
      '7th Airborne Assault Division',
    );
  });

  it('finds the shortest connection between two people, with each step', async () => {
    const ids = await gql(`{ a: search(text: "Natalya Breus", types: ["Person"], limit: 1) { id }
                             b: search(text: "Valery Gerasimov", types: ["Person"], limit: 1) { id } }`);
    const { data, errors } = await gql(
      `query ($from: ID!, $to: ID!) { shortestConnection(from: $from, to: $to) {
      length nodes { name } steps { from { name } type to { name } } } }`,
      { from: ids.data.a[0].id, to: ids.data.b[0].id },
    );
    expect(errors).toBeUndefined();
    expect(data.shortestConnection.length).toBeGreaterThanOrEqual(2);
    expect(data.shortestConnection.nodes[0].name).toBe('Natalya Breus');
    expect(data.shortestConnection.nodes.at(-1).name).toBe('Valery Gerasimov');
    expect(data.shortestConnection.steps).toHaveLength(data.shortestConnection.length);
  });

  it('counts co-participation', async () => {
    const { data } = await gql(`{ search(text: "Vladimir Poutine", types: ["Person"], limit: 1) { id } }`);
    const { data: co } = await gql(
      `query ($id: ID!) { coParticipants(person: $id, limit: 200) { person { name } sharedEvents } }`,
      { id: data.search[0].id },
    );
    const luka = co.coParticipants.find(
      (c: { person: { name: string } }) => c.person.name === 'Alexander Lukashenko',
    );
    // The talks and the press conference of 13 March; other documents in the graph may add more.
    expect(luka.sharedEvents).toBeGreaterThanOrEqual(2);
    expect(co.coParticipants.map((c: { person: { name: string } }) => c.person.name)).toEqual(
      expect.arrayContaining(['Dmitry Makhonin', 'Alexander Tsybulsky', 'Valery Gerasimov', 'Anna Pyzh']),
    );
  });
});

describe('response cache', () => {
  const PROBE = 'person:test-api-cache-probe';
  const write = (text: string) => writeTransaction(driver, [{ text, parameters: { id: PROBE } }]);
  afterAll(() => write('MATCH (n:Person {id: $id}) DETACH DELETE n'));

  it('serves cached answers until a write bumps the graph version', async () => {
    const fresh = await createApi({ driver, cache: { versionMaxAgeMs: 0 } });
    const ask = async () => {
      const response = await fresh.yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `query ($id: ID!, $text: String!) { search(text: $text) { id } people(where: { id: { eq: $id } }) { name } }`,
          variables: { id: PROBE, text: PROBE },
        }),
      });
      const { data } = await response.json();
      return { found: data.search.some((h: { id: string }) => h.id === PROBE), people: data.people };
    };
    expect(await ask()).toEqual({ found: false, people: [] });
    expect(fresh.cache.store.entries).toBeGreaterThan(0);
    // Any load transaction bumps the version: the next answer is computed again and sees the node.
    await write("CREATE (:Person:Entity {id: $id, name: 'Cache Probe'})");
    expect(await ask()).toEqual({ found: true, people: [{ name: 'Cache Probe' }] });
  });
});

describe('limits and health', () => {
  it('rejects a depth bomb', async () => {
    const { errors } = await gql(
      `{ people { events { participants { events { participants { events { participants { events { title } } } } } } } } }`,
    );
    expect(errors?.[0]?.message).toMatch(/depth/i);
  });

  it('answers /healthz and /readyz', async () => {
    expect((await api.yoga.fetch('http://yoga/healthz')).status).toBe(200);
    expect((await api.yoga.fetch('http://yoga/readyz')).status).toBe(200);
  });
});
