import neo4j, { type Driver } from 'neo4j-driver';
import { createRandom } from '../corpus/random.js';

export interface QueryArguments {
  /** Entity names (Figures aside), a third with one letter dropped (typos are what fuzzy search is for). */
  search: string[];
  /** Ids of entities that have at least one non-provenance relationship. */
  neighbours: string[];
  /** (subject name, type) pairs that exist in the graph, the lookup other apps make. */
  relations: { subject: string; type: string }[];
}

const PROVENANCE = `['MENTIONED_IN', 'DESCRIBES']`;

/**
 * Draws `count` arguments per query uniformly from the graph with a seeded generator, so every
 * request asks about a different entity (a single hot key would measure only the page cache).
 */
export async function sampleArguments(
  driver: Driver,
  database: string,
  count = 500,
  seed = 1,
): Promise<QueryArguments> {
  const rng = createRandom(seed);
  const rows = async (cypher: string) =>
    (await driver.executeQuery(cypher, {}, { database, routing: neo4j.routing.READ })).records.map((r) =>
      r.toObject(),
    );
  const sample = <T>(list: T[]): T[] =>
    list.length ? Array.from({ length: count }, () => rng.pick(list)) : [];

  // Figures ("346 milliards de roubles") are most of the entities but not what people look up by name.
  const names = await rows(
    `MATCH (n:Entity) WHERE n.name IS NOT NULL AND NOT n:Figure RETURN n.name AS name ORDER BY n.id`,
  );
  const connected = await rows(
    `MATCH (n:Entity) WHERE NOT n:Figure AND EXISTS { (n)-[r]-() WHERE NOT type(r) IN ${PROVENANCE} }
     RETURN n.id AS id ORDER BY id`,
  );
  const pairs = await rows(
    `MATCH (s:Entity)-[r]->() WHERE NOT type(r) IN ${PROVENANCE} AND s.name IS NOT NULL AND NOT s:Figure
     WITH DISTINCT s, type(r) AS type RETURN s.name AS subject, type ORDER BY s.id, type`,
  );
  const typo = (name: string) => {
    if (name.length < 6 || !rng.chance(1 / 3)) return name;
    const at = rng.int(1, name.length - 2);
    return name.slice(0, at) + name.slice(at + 1);
  };
  return {
    search: sample(names.map((r) => String(r.name))).map(typo),
    neighbours: sample(connected.map((r) => String(r.id))),
    relations: sample(pairs.map((r) => ({ subject: String(r.subject), type: String(r.type) }))),
  };
}
