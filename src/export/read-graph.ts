import Graph from 'graphology';
import neo4j, { type Driver } from 'neo4j-driver';

type Value = string | number | boolean | string[] | number[] | null;

function plain(value: unknown): Value {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map((v) => (neo4j.isInt(v) ? v.toNumber() : v)) as Value;
  return value as Value;
}

const plainProps = (props: Record<string, unknown>): Record<string, Value> =>
  Object.fromEntries(Object.entries(props).map(([k, v]) => [k, plain(v)]));

/**
 * The whole graph as a graphology multi directed graph: node key = `id`, attributes = properties plus
 * `label` (the name shown by Gephi and yEd) and `type` (the main Neo4j label); edge attributes = properties plus `type`.
 */
export async function readGraph(driver: Driver, database?: string): Promise<Graph> {
  const read = { database, routing: neo4j.routing.READ };
  const graph = new Graph({ type: 'directed', multi: true });
  const nodes = await driver.executeQuery(
    "MATCH (n) WHERE n.id IS NOT NULL RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS type, properties(n) AS props ORDER BY n.id",
    {},
    read,
  );
  for (const r of nodes.records) {
    const props = plainProps(r.get('props'));
    const { id, ...rest } = props;
    graph.addNode(String(id), { ...rest, type: r.get('type'), label: String(rest.name ?? rest.title ?? id) });
  }
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL RETURN a.id AS s, b.id AS t, type(r) AS type, properties(r) AS props ORDER BY s, type, t',
    {},
    read,
  );
  for (const r of rels.records) {
    const s = r.get('s') as string;
    const t = r.get('t') as string;
    if (graph.hasNode(s) && graph.hasNode(t))
      graph.addEdge(s, t, { ...plainProps(r.get('props')), type: r.get('type'), label: r.get('type') });
  }
  return graph;
}
