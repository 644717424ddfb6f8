import neo4j from 'neo4j-driver';
import { SEARCHABLE_LABELS } from '../entity-ref.js';
import { lucenePhrase, luceneQuery } from '../lucene-query.js';
import type { Read, Row } from './read.js';
import type { SearchHit } from './types.js';

/** Hits loaded when search filters by type: the filter runs after Lucene's ranking. */
const SEARCH_FETCH_WITH_TYPES = 500;
/** Phrase hits checked for an exact name or alias ("Poutine" is in many names; the equal one is near the top). */
const EXACT_CANDIDATES = 50;

const HIT = (score: string, match: string) => `WITH DISTINCT n, ${score} AS score
WITH n, score, head([l IN labels(n) WHERE l <> 'Entity']) AS type WHERE size($types) = 0 OR type IN $types
RETURN n.id AS id, type, coalesce(n.name, n.title, n.id) AS name, score, coalesce(n.aliases, []) AS aliases,
       '${match}' AS match`;

// Exact first: the id (constraint lookup), the name (range index), then a name or alias equal to the text
// up to case, found through the phrase query of the full-text index rather than a label scan.
const EXACT = `CALL {
  MATCH (n:Entity {id: $text}) RETURN n
  UNION MATCH (n:Event {id: $text}) RETURN n
  UNION MATCH (n:Entity) WHERE n.name = $text RETURN n
  UNION CALL db.index.fulltext.queryNodes('entityNames', $phrase, {limit: $candidates}) YIELD node AS n
        WITH n WHERE toLower(n.name) = toLower($text) OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) = toLower($text))
        RETURN n
}
${HIT('1.0', 'exact')}
ORDER BY coalesce(n.pagerank, 0) DESC, name ASC LIMIT $limit`;

const FUZZY = `CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: $fetch}) YIELD node AS n, score
${HIT('score', 'fuzzy')}
ORDER BY score DESC, name ASC LIMIT $limit`;

const toHit = (r: Row) => r as unknown as SearchHit;

/**
 * Entities whose id, name or alias equals `text`; only when there is none, full-text hits tolerant of
 * typos and transliterations ("Loukachenko" → Alexander Lukashenko), best first.
 */
export async function search(
  read: Read,
  args: { text: string; types?: readonly string[] | null; limit: number },
): Promise<SearchHit[]> {
  const types = (args.types ?? []).filter((t) => SEARCHABLE_LABELS.includes(t));
  const limit = neo4j.int(args.limit);
  const text = args.text.trim();
  if (!text) return [];
  const phrase = lucenePhrase(text);
  const exact = await read(EXACT, {
    text,
    phrase: phrase || 'kgnomatchplaceholder',
    candidates: neo4j.int(EXACT_CANDIDATES),
    types,
    limit,
  });
  if (exact.length) return exact.map(toHit);
  const query = luceneQuery(text);
  if (!query) return [];
  // Lucene ranks; only the best hits need loading. A type filter runs after, so fetch wider then.
  const fetch = neo4j.int(types.length ? SEARCH_FETCH_WITH_TYPES : args.limit);
  return (await read(FUZZY, { query, types, limit, fetch })).map(toHit);
}

/** The ids a subject or object argument names: every exact match, else the best full-text hit. */
export async function resolveIds(read: Read, text: string): Promise<string[]> {
  const hits = await search(read, { text, limit: 20 });
  const exact = hits.filter((h) => h.match === 'exact');
  return (exact.length ? exact : hits.slice(0, 1)).map((h) => h.id);
}
