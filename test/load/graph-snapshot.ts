import type { Driver } from 'neo4j-driver';

/** Every node and relationship that one of `docs` states, with all properties, in a stable order. */
export async function graphSnapshot(driver: Driver, docs: string[]) {
  const nodes = await driver.executeQuery(
    `MATCH (n) WHERE any(d IN coalesce(n.documents, []) WHERE d IN $docs) OR (n:Document AND n.id IN $docs)
     RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id`,
    { docs },
  );
  const rels = await driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE any(d IN coalesce(r.documents, []) WHERE d IN $docs) OR (type(r) = 'DESCRIBES' AND a.id IN $docs)
     RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props ORDER BY type, source, target`,
    { docs },
  );
  const strip = (p: Record<string, unknown>) => {
    const { degree: _d, pagerank: _p, community: _c, ...rest } = p;
    return rest;
  };
  type Row = Record<string, unknown>;
  return {
    nodes: nodes.records.map((r): Row & { labels: string[] } => ({
      labels: (r.get('labels') as string[]).sort(),
      ...strip(r.get('props')),
    })),
    relationships: rels.records.map((r): Row => ({
      type: r.get('type'),
      source: r.get('source'),
      target: r.get('target'),
      ...r.get('props'),
    })),
  };
}
