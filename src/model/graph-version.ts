/**
 * One bookkeeping node, `(:GraphVersion {key: 'graph'})`, whose `version` every write (ingest, remove,
 * analytics) increments in its own transaction; readers key their caches by it. It has no `id`, so
 * export and the API never list it as part of the graph.
 */
export const GRAPH_VERSION_LABEL = 'GraphVersion';

/** Cypher run last in every write transaction: increments the version (creating the node the first time). */
export const BUMP_GRAPH_VERSION = `MERGE (v:${GRAPH_VERSION_LABEL} {key: 'graph'}) SET v.version = coalesce(v.version, 0) + 1`;

/** Cypher returning the current version as `version` (0 before the first write). */
export const READ_GRAPH_VERSION = `OPTIONAL MATCH (v:${GRAPH_VERSION_LABEL} {key: 'graph'}) RETURN coalesce(v.version, 0) AS version`;
