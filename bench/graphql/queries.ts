import type { QueryArguments } from './sample-arguments.js';

export interface BenchQuery {
  name: string;
  /** GraphQL request bodies, one per sampled argument; the load generator cycles through them. */
  bodies: string[];
}

const SEARCH = `query Search($text: String!) { search(text: $text, limit: 10) { id type name score } }`;
const NEIGHBOURS = `query Neighbours($id: ID!) {
  neighbours(id: $id, limit: 50) { entity { id type name } type direction properties evidence { document start end text } }
}`;
const RELATIONS = `query Relations($subject: String!, $type: String!) {
  relations(subject: $subject, type: $type, limit: 50) {
    subject { id type name } type object { id type name } properties evidence { document start end text }
  }
}`;

const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

/** The three queries other apps and analysts make most, as the issue names them, with arguments from the graph. */
export function benchQueries(args: QueryArguments): BenchQuery[] {
  return [
    { name: 'search(text)', bodies: args.search.map((text) => body(SEARCH, { text })) },
    { name: 'neighbours(id)', bodies: args.neighbours.map((id) => body(NEIGHBOURS, { id })) },
    { name: 'relations(subject, type)', bodies: args.relations.map((a) => body(RELATIONS, a)) },
  ];
}
