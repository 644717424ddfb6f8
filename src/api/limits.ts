/** The abuse limits the API enforces; the README names them. */
export const API_LIMITS = {
  /** Deepest selection set accepted (graphql-armor maxDepth). */
  maxDepth: 8,
  /** Estimated cost ceiling (graphql-armor costLimit: object 2, scalar 1, depth factor 1.5). */
  maxCost: 5000,
  /** Aliases per operation (alias floods). */
  maxAliases: 15,
  /** Tokens per document (huge queries). */
  maxTokens: 2000,
  /** Directives per operation. */
  maxDirectives: 20,
  /** Nesting of input objects (where filters): two relationship hops and a field filter. */
  maxInputDepth: 7,
  /** Longest word kept in a full-text search (Lucene refuses terms over ~1,000 characters). */
  maxSearchWordLength: 100,
  /** Largest `limit` on the custom list queries; generated lists are capped by @limit(max: 500). */
  maxPageSize: 200,
  /** Neo4j transaction timeout for one request, in milliseconds. */
  transactionTimeoutMs: 10_000,
} as const;
