import type { Api } from '../../../src/api/index.js';

export interface GraphqlReply {
  status: number;
  ms: number;
  raw: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

/** POSTs one operation to the in-process yoga (no port), timing it. */
export async function post(
  api: Api,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphqlReply> {
  const t = performance.now();
  const response = await api.yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const raw = await response.text();
  let body: GraphqlReply['body'] = {};
  try {
    body = JSON.parse(raw) as GraphqlReply['body'];
  } catch {
    /* a non-JSON reply is checked by the caller through raw */
  }
  return { status: response.status, ms: Math.round(performance.now() - t), raw, body };
}

// What must never reach a client: stack frames, source paths, driver and Cypher internals, addresses.
const LEAKS = [
  /\bat (?:async )?[\w.<>]+ \(/,
  /\.(?:ts|js|mjs|cjs):\d+/,
  /node_modules/,
  /"stack"/i,
  /Neo4jError|Neo\.ClientError|Neo\.DatabaseError/,
  /\b(?:MATCH|RETURN|UNWIND|CALL)\b.*\(/,
  /bolt:\/\/|neo4j:\/\//,
  /originalError/,
];

/** The reply's text holds none of the LEAKS; returns the first one found, for a readable failure. */
export function leakIn(raw: string): string | undefined {
  return LEAKS.find((pattern) => pattern.test(raw))?.source;
}
