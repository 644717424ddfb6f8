import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank.js';

export interface NodeMetrics {
  degree: number;
  pagerank: number;
  community: number;
}

/** A fixed-seed generator (mulberry32): Louvain gives the same communities on every run of one graph. */
export function seededRandom(seed = 42): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Degree (relationships, each counted), PageRank and Louvain community of every node, on the undirected
 * graph where parallel relationships between two nodes add up to one weighted edge.
 */
export function computeMetrics(
  nodes: readonly string[],
  edges: readonly [string, string][],
): Map<string, NodeMetrics> {
  const graph = new Graph({ type: 'undirected', multi: false });
  for (const n of [...nodes].sort()) graph.addNode(n);
  const degree = new Map<string, number>();
  const sorted = edges
    .map(([s, t]): [string, string] => (s < t ? [s, t] : [t, s]))
    .sort((x, y) => (x[0] + '\u0000' + x[1] < y[0] + '\u0000' + y[1] ? -1 : 1));
  for (const [s, t] of sorted) {
    if (s === t || !graph.hasNode(s) || !graph.hasNode(t)) continue;
    degree.set(s, (degree.get(s) ?? 0) + 1);
    degree.set(t, (degree.get(t) ?? 0) + 1);
    graph.updateEdge(s, t, (attr) => ({ weight: ((attr.weight as number | undefined) ?? 0) + 1 }));
  }
  const ranks = graph.order ? pagerank(graph, { getEdgeWeight: 'weight' }) : {};
  const communities = graph.size ? louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom() }) : {};
  const out = new Map<string, NodeMetrics>();
  graph.forEachNode((n) =>
    out.set(n, {
      degree: degree.get(n) ?? 0,
      pagerank: round(ranks[n] ?? 0),
      community: communities[n] ?? -1,
    }),
  );
  return out;
}

// Nine significant digits: the same graph gives byte-identical properties on every run.
const round = (x: number): number => Number(x.toPrecision(9));
