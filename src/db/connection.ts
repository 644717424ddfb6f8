import neo4j, { type Driver } from 'neo4j-driver';

/** Where a Neo4j server answers and how to log in; `password` never goes into logs, status or errors. */
export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
  mode: 'env' | 'docker' | 'local';
  /** HTTP root (discovery document), when we know it. */
  httpUrl?: string;
  /** Neo4j Browser's address, when the server serves it. */
  browserUrl?: string;
}

/** A neo4j-driver 6 driver for the connection (the caller closes it). */
export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    userAgent: 'communique-kg',
  });
}
