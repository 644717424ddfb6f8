/**
 * The loaded graph → a file for Gephi, yEd or scripts: GraphML (our writer), GEXF (graphology-gexf) or
 * graphology's JSON. Reads Neo4j once; formats are pure functions of the graphology graph.
 */
import type Graph from 'graphology';
import gexf from 'graphology-gexf';
import type { Driver } from 'neo4j-driver';
import { KgError } from '../errors.js';
import { readGraph } from './read-graph.js';
import { writeGraphml } from './write-graphml.js';

export { readGraph } from './read-graph.js';
export { writeGraphml } from './write-graphml.js';

export const EXPORT_FORMATS = ['graphml', 'gexf', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Serialises a graphology graph in one of the export formats. */
export function formatGraph(graph: Graph, format: ExportFormat): string {
  if (format === 'graphml') return writeGraphml(graph);
  if (format === 'gexf') return gexf.write(graph, { version: '1.3' });
  if (format === 'json') return JSON.stringify(graph.export(), null, 1) + '\n';
  throw new KgError(
    'USAGE',
    `export: unknown format "${String(format)}". Use one of ${EXPORT_FORMATS.join(', ')}.`,
  );
}

/** Reads the whole graph from Neo4j and serialises it. */
export async function exportGraph(driver: Driver, format: ExportFormat, database?: string): Promise<string> {
  return formatGraph(await readGraph(driver, database), format);
}
