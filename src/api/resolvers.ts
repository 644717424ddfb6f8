import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { evidenceFrom, extraProperties, type StoredProperties } from './evidence.js';
import { SEARCHABLE_LABELS, checkRelationType, clampLimit, refOf } from './entity-ref.js';
import { luceneQuery } from './lucene-query.js';
import { RELATION_TYPES, type RelationType } from '../model/index.js';

/** Hits loaded when search filters by type: the filter runs after Lucene's ranking. */
const SEARCH_FETCH_WITH_TYPES = 500;
/** Relationship types a neighbour may come through: provenance links (MENTIONED_IN, DESCRIBES) are not neighbours. */
const NEIGHBOUR_TYPES: RelationType[] = RELATION_TYPES.filter(
  (t) => t !== 'MENTIONED_IN' && t !== 'DESCRIBES',
);

export interface ResolverOptions {
  driver: Driver;
  database?: string;
  /** Largest `limit` any list query accepts. @default 200 */
  maxLimit?: number;
}

// Resolves a subject or object argument given by id or by name: ids first (index lookup), then an exact
// name or alias through the full-text index (no label scan), else the best full-text hit.
const RESOLVE_NODE = (param: string, out: string, carry = '') => `
CALL {
  OPTIONAL MATCH (byId:Entity {id: $${param}}) RETURN byId AS n
  UNION
  OPTIONAL MATCH (ev:Event {id: $${param}}) RETURN ev AS n
  UNION
  CALL db.index.fulltext.queryNodes('entityNames', $${param}Query, {limit: 20}) YIELD node
  WITH collect(node) AS hits
  WITH [h IN hits WHERE toLower(h.name) = toLower($${param}) OR any(a IN coalesce(h.aliases, []) WHERE toLower(a) = toLower($${param}))] AS exact, hits
  UNWIND (CASE WHEN size(exact) > 0 THEN exact ELSE hits[0..1] END) AS n
  RETURN n
}
WITH ${carry ? `${carry}, ` : ''}n AS ${out} WHERE ${out} IS NOT NULL`;

export function createResolvers({ driver, database, maxLimit = 200 }: ResolverOptions) {
  const read = async <T>(
    cypher: string,
    params: Record<string, unknown>,
    map: (r: Record<string, unknown>) => T,
  ) => {
    // The API only reads, so no causal chain to keep: without the default bookmark manager each call
    // skips its bookkeeping, shared by all concurrent requests.
    const { records } = await driver.executeQuery(cypher, params, {
      database,
      routing: neo4j.routing.READ,
      bookmarkManager: null,
    });
    return records.map((r) => map(r.toObject()));
  };

  return {
    Query: {
      search: async (_: unknown, args: { text: string; types?: string[] | null; limit?: number | null }) => {
        const query = luceneQuery(args.text);
        if (!query) return [];
        const types = (args.types ?? []).filter((t) => SEARCHABLE_LABELS.includes(t));
        return read(
          `CALL db.index.fulltext.queryNodes('entityNames', $query, {limit: $fetch}) YIELD node, score
           WITH node, score, head([l IN labels(node) WHERE l <> 'Entity']) AS type
           WHERE size($types) = 0 OR type IN $types
           RETURN node.id AS id, type, coalesce(node.name, node.id) AS name, score, coalesce(node.aliases, []) AS aliases
           ORDER BY score DESC, name ASC LIMIT $limit`,
          {
            query,
            types,
            limit: neo4j.int(clampLimit(args.limit, 10, maxLimit)),
            // Lucene ranks; only the best hits need loading. A type filter runs after, so fetch wider then.
            fetch: neo4j.int(types.length ? SEARCH_FETCH_WITH_TYPES : clampLimit(args.limit, 10, maxLimit)),
          },
          (r) => r,
        );
      },

      relations: async (
        _: unknown,
        args: {
          subject?: string | null;
          type?: string | null;
          object?: string | null;
          limit?: number | null;
        },
      ) => {
        const type = checkRelationType(args.type);
        if (args.type && !type)
          throw new GraphQLError(`Unknown relation type "${args.type}".`, {
            extensions: { code: 'BAD_USER_INPUT' },
          });
        const parts: string[] = [];
        if (args.subject) parts.push(RESOLVE_NODE('subject', 's'));
        if (args.object) parts.push(RESOLVE_NODE('object', 'o', args.subject ? 's' : ''));
        // The type is checked against the contract's list above, so it can name the pattern (index-backed).
        const rel = type ? `[r:${type}]` : '[r]';
        const anchored = Boolean(args.subject || args.object);
        const cypher = `${parts.join('\n')}
          MATCH (s)-${rel}->(o) WHERE NOT type(r) IN ['MENTIONED_IN', 'DESCRIBES']
          RETURN ${refOf('s')} AS subject, type(r) AS type, ${refOf('o')} AS object, properties(r) AS props
          ${anchored ? 'ORDER BY subject.name, type, object.name' : ''} LIMIT $limit`;
        return read(
          cypher,
          {
            subject: args.subject ?? null,
            object: args.object ?? null,
            subjectQuery: luceneQuery(args.subject ?? '') || 'x',
            objectQuery: luceneQuery(args.object ?? '') || 'x',
            type,
            limit: neo4j.int(clampLimit(args.limit, 50, maxLimit)),
          },
          (r) => ({
            subject: r.subject,
            type: r.type,
            object: r.object,
            properties: extraProperties(r.props as StoredProperties),
            evidence: evidenceFrom(r.props as StoredProperties),
          }),
        );
      },

      neighbours: async (
        _: unknown,
        args: { id: string; types?: string[] | null; limit?: number | null },
      ) => {
        const asked = (args.types ?? []).map(checkRelationType).filter((t): t is RelationType => Boolean(t));
        // Types named in the pattern (checked against the contract): a hub's MENTIONED_IN are never read.
        const types = (asked.length ? asked : NEIGHBOUR_TYPES).filter((t) => NEIGHBOUR_TYPES.includes(t));
        if (types.length === 0) return [];
        return read(
          `CALL { OPTIONAL MATCH (a:Entity {id: $id}) RETURN a UNION OPTIONAL MATCH (a:Event {id: $id}) RETURN a }
           WITH a WHERE a IS NOT NULL
           MATCH (a)-[r:${types.join('|')}]-(m)
           RETURN ${refOf('m')} AS entity, type(r) AS type,
                  CASE WHEN startNode(r) = a THEN 'OUT' ELSE 'IN' END AS direction, properties(r) AS props
           ORDER BY coalesce(m.pagerank, 0) DESC, entity.name LIMIT $limit`,
          { id: args.id, limit: neo4j.int(clampLimit(args.limit, 50, maxLimit)) },
          (r) => ({
            entity: r.entity,
            type: r.type,
            direction: r.direction,
            properties: extraProperties(r.props as StoredProperties),
            evidence: evidenceFrom(r.props as StoredProperties),
          }),
        );
      },
    },
  };
}
