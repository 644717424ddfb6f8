import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { clampLimit } from './entity-ref.js';
import { QueryInputError, type GraphQueries } from './queries/index.js';

export interface ResolverOptions {
  queries: GraphQueries;
  /** Largest `limit` any list query accepts. @default 200 */
  maxLimit?: number;
}

// Masked errors hide every message that is not a GraphQLError: a caller's mistake must say what it was.
const userErrors =
  <A, R>(resolve: (args: A) => Promise<R>) =>
  async (_: unknown, args: A): Promise<R> => {
    try {
      return await resolve(args);
    } catch (error) {
      if (error instanceof QueryInputError)
        throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
      throw error;
    }
  };

const literal = (node: ValueNode): unknown => {
  switch (node.kind) {
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literal(f.value)]));
    case Kind.LIST:
      return node.values.map(literal);
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.VARIABLE:
      return undefined;
    default:
      return node.value;
  }
};

/** Relationship properties other than provenance, as a JSON object ({ "title": "gouverneur" }). */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value; relationship properties are an object such as { "title": "gouverneur" }.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literal,
});

type ListArgs = { limit?: number | null };

export function createResolvers({ queries, maxLimit = 200 }: ResolverOptions) {
  const limit = (args: ListArgs, fallback: number) => clampLimit(args.limit, fallback, maxLimit);
  return {
    JSON: JsonScalar,
    Query: {
      search: userErrors((args: { text: string; types?: string[] | null } & ListArgs) =>
        queries.search({ text: args.text, types: args.types, limit: limit(args, 10) }),
      ),
      relations: userErrors(
        (
          args: {
            subject?: string | null;
            type?: string | null;
            object?: string | null;
            minConfidence?: number | null;
          } & ListArgs,
        ) => queries.relations({ ...args, limit: limit(args, 50) }),
      ),
      neighbours: userErrors((args: { id: string; types?: string[] | null } & ListArgs) =>
        queries.neighbours({ id: args.id, types: args.types, limit: limit(args, 50) }),
      ),
      shortestConnection: userErrors((args: { from: string; to: string; maxLength?: number | null }) =>
        queries.shortestPath({ from: args.from, to: args.to, maxHops: args.maxLength ?? 6 }),
      ),
    },
  };
}
