import neo4j, { type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { BUMP_GRAPH_VERSION, GRAPH_VERSION_LABEL, type Properties } from '../model/index.js';
import { LoadError } from './load-error.js';
import { batchOf, sliceDocuments } from './slice-documents.js';
import { removeStatements, writeStatements } from './to-cypher.js';
import {
  zeroCounters,
  type GraphData,
  type GraphEntity,
  type LoadCounters,
  type Statement,
} from './types.js';

/** The only module here that talks to Neo4j: runs load's statements in explicit write transactions. */

export interface LoadOptions {
  database?: string;
  /**
   * Documents per transaction; a failing batch is retried one document at a time. @default 250
   * (bench/load, 1,000 generated documents: 100 per transaction cost ~12 s of Neo4j CPU, 250 ~9–11 s,
   * 1,000 no less; 250 keeps a transaction's parameters near 8 MB on the local server's 1 GB heap.)
   */
  batchDocuments?: number;
  /** Documents already in the graph: only these have old facts to take back. @default every document */
  loaded?: ReadonlySet<string>;
  /** Called after each committed batch with the number of documents written so far. */
  onProgress?: (done: number) => void;
}

export interface LoadResult extends LoadCounters {
  loaded: string[];
  failed: { document: string; error: LoadError }[];
  transactions: number;
}

function addCounters(into: LoadCounters, result: QueryResult): void {
  const u = result.summary.counters.updates();
  into.nodesCreated += u.nodesCreated;
  into.nodesDeleted += u.nodesDeleted;
  into.relationshipsCreated += u.relationshipsCreated;
  into.relationshipsDeleted += u.relationshipsDeleted;
  into.propertiesSet += u.propertiesSet;
}

// Deadlocks between concurrent ingests and lost connections are transient: executeWrite retries the
// whole transaction only if it sees the driver's own error, so those must not be wrapped inside it.
function wrapUnlessRetryable(statement: string, error: unknown): unknown {
  return neo4j.isRetryableError(error as Error) ? error : new LoadError(statement, error);
}

/**
 * Runs the statements pipelined: all are sent before the first answer is awaited, so that the server
 * runs one while the driver encodes the next one's rows (a 100-document batch is ~30 statements and
 * ~5 MB of parameters) and no round trip is paid per statement. The connection keeps them in order;
 * once one fails the transaction is dead and the rest fail too, so the first failure is the one reported.
 */
async function runAll(tx: ManagedTransaction, statements: Statement[]): Promise<LoadCounters> {
  const results = await Promise.allSettled(
    statements.map((s) => Promise.resolve(tx.run(s.text, s.parameters))),
  );
  const counters = zeroCounters();
  for (const [i, outcome] of results.entries()) {
    if (outcome.status === 'rejected') throw wrapUnlessRetryable(statements[i]!.text, outcome.reason);
    addCounters(counters, outcome.value);
  }
  return counters;
}

const STORED_KEYS =
  'UNWIND $docs AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.relationKeys AS keys';

/** Statements that take back what the loaded ones among `docs` said (read first, in the same transaction). */
async function takeBack(
  tx: ManagedTransaction,
  docs: string[],
  dropDocuments: boolean,
): Promise<Statement[]> {
  if (!docs.length) return [];
  let stored: Map<string, string[] | null>;
  try {
    const { records } = await tx.run(STORED_KEYS, { docs });
    stored = new Map(records.map((r) => [r.get('id') as string, r.get('keys') as string[] | null]));
  } catch (error) {
    throw wrapUnlessRetryable(STORED_KEYS, error);
  }
  return stored.size ? removeStatements([...stored.keys()].sort(), stored, dropDocuments) : [];
}

// The driver has already retried these for its whole retry window: the server is gone, not the document.
const DATABASE_GONE = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * A batch that failed because Neo4j went away stops the whole load at once (the CLI exits 3). Treated as one
 * bad document, each remaining document would wait out the driver's retry window again (30 s each).
 */
function abortIfDatabaseGone(error: unknown): void {
  const cause = error instanceof LoadError ? error.cause : error;
  if (DATABASE_GONE.has((cause as { code?: string } | undefined)?.code ?? '')) throw cause;
}

/**
 * Last in every write transaction, so the one lock all writers share is held for the shortest time; not
 * counted in the counters the ingest summary prints (bookkeeping, not graph data).
 */
async function bumpGraphVersion(tx: ManagedTransaction): Promise<void> {
  try {
    await tx.run(BUMP_GRAPH_VERSION);
  } catch (error) {
    throw wrapUnlessRetryable(BUMP_GRAPH_VERSION, error);
  }
}

/**
 * One write transaction (the driver retries transient errors): take back what `replace.docs` said
 * before, then run `statements`. Returns Neo4j's counters.
 */
export async function writeTransaction(
  driver: Driver,
  statements: Statement[],
  database?: string,
  replace: { docs: string[]; dropDocuments?: boolean } = { docs: [] },
): Promise<LoadCounters> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(async (tx) => {
      const counters = await runAll(tx, [
        ...(await takeBack(tx, replace.docs, replace.dropDocuments ?? false)),
        ...statements,
      ]);
      await bumpGraphVersion(tx);
      return counters;
    });
  } catch (error) {
    // Retries exhausted (or the server went away): still one LoadError for the caller.
    throw error instanceof LoadError ? error : new LoadError('(write transaction)', error);
  } finally {
    await session.close();
  }
}

const add = (a: LoadCounters, b: LoadCounters): void => {
  for (const k of Object.keys(zeroCounters()) as (keyof LoadCounters)[]) a[k] += b[k];
};

/**
 * Writes the graph's documents, `batchDocuments` per transaction; each transaction first takes back what
 * its documents said before, so a changed document replaces its facts. A document is all or nothing.
 */
export async function load(driver: Driver, data: GraphData, options: LoadOptions = {}): Promise<LoadResult> {
  const size = options.batchDocuments ?? 250;
  const slices = sliceDocuments(data);
  const ids = data.documents.map((d) => d.id).sort();
  const result: LoadResult = { ...zeroCounters(), loaded: [], failed: [], transactions: 0 };
  const replaced = (docs: string[]) => (options.loaded ? docs.filter((d) => options.loaded!.has(d)) : docs);
  for (let i = 0; i < ids.length; i += size) {
    const batch = ids.slice(i, i + size);
    try {
      add(
        result,
        await writeTransaction(
          driver,
          writeStatements(batchOf(slices, batch), new Set(batch)),
          options.database,
          {
            docs: replaced(batch),
          },
        ),
      );
      result.transactions++;
      result.loaded.push(...batch);
    } catch (error) {
      abortIfDatabaseGone(error);
      if (!(error instanceof LoadError) || batch.length === 1) {
        if (error instanceof LoadError) result.failed.push({ document: batch[0]!, error });
        else throw error;
      } else {
        // One bad document must not cost the others: redo the batch one document per transaction.
        for (const doc of batch) {
          try {
            add(
              result,
              await writeTransaction(
                driver,
                writeStatements(batchOf(slices, [doc]), new Set([doc])),
                options.database,
                {
                  docs: replaced([doc]),
                },
              ),
            );
            result.transactions++;
            result.loaded.push(doc);
          } catch (inner) {
            abortIfDatabaseGone(inner);
            if (!(inner instanceof LoadError)) throw inner;
            result.failed.push({ document: doc, error: inner });
          }
        }
      }
    }
    options.onProgress?.(Math.min(i + size, ids.length));
  }
  return result;
}

/** Removes a document and every fact only it stated; false when it was not loaded. */
export async function removeDocument(
  driver: Driver,
  id: string,
  database?: string,
): Promise<LoadCounters & { found: boolean }> {
  const known = await loadedDocuments(driver, [id], database);
  if (!known.has(id)) return { ...zeroCounters(), found: false };
  return {
    ...(await writeTransaction(driver, [], database, { docs: [id], dropDocuments: true })),
    found: true,
  };
}

/** Removes many documents and what only they stated, `batch` documents per transaction. */
export async function removeDocuments(
  driver: Driver,
  ids: readonly string[],
  database?: string,
  batch = 100,
): Promise<LoadCounters> {
  const total = zeroCounters();
  for (let i = 0; i < ids.length; i += batch)
    add(
      total,
      await writeTransaction(driver, [], database, { docs: ids.slice(i, i + batch), dropDocuments: true }),
    );
  return total;
}

async function read<T>(driver: Driver, text: string, parameters: Record<string, unknown>, database?: string) {
  try {
    const { records } = await driver.executeQuery(text, parameters, {
      database,
      routing: neo4j.routing.READ,
    });
    return records.map((r) => r.toObject() as T);
  } catch (error) {
    throw new LoadError(text, error);
  }
}

/** sha256 of the loaded documents among `ids` (all loaded documents when `ids` is omitted). */
export async function loadedDocuments(
  driver: Driver,
  ids?: readonly string[],
  database?: string,
): Promise<Map<string, string>> {
  const rows = ids
    ? await read<{ id: string; sha256: string }>(
        driver,
        'UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.sha256 AS sha256',
        { ids },
        database,
      )
    : await read<{ id: string; sha256: string }>(
        driver,
        'MATCH (d:Document) RETURN d.id AS id, d.sha256 AS sha256',
        {},
        database,
      );
  return new Map(rows.map((r) => [r.id, r.sha256]));
}

const OWN = new Set(['id', 'name', 'aliases', 'documents', 'degree', 'pagerank', 'community']);

function plain(value: unknown): Properties[string] {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value))
    return value.map((v) => (neo4j.isInt(v) ? v.toNumber() : v)) as Properties[string];
  return value as Properties[string];
}

/** Every merged entity already in the graph (figures stay per document), for resolution to match against. */
export async function existingEntities(driver: Driver, database?: string): Promise<GraphEntity[]> {
  const rows = await read<{ type: GraphEntity['type']; props: Record<string, unknown> }>(
    driver,
    "MATCH (n:Entity) WHERE NOT n:Figure RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS type, properties(n) AS props",
    {},
    database,
  );
  return rows.map(({ type, props }) => {
    const properties: Properties = {};
    for (const [k, v] of Object.entries(props)) if (!OWN.has(k)) properties[k] = plain(v);
    return {
      id: String(props.id),
      type,
      name: String(props.name ?? props.id),
      aliases: (props.aliases as string[] | undefined) ?? [],
      properties,
      mentions: [],
      documents: (props.documents as string[] | undefined) ?? [],
    };
  });
}

/** Node counts per label and relationship counts per type. */
export async function graphCounts(driver: Driver, database?: string) {
  const labels = await read<{ label: string; count: unknown }>(
    driver,
    'MATCH (n) UNWIND labels(n) AS label WITH label WHERE label <> $bookkeeping RETURN label, count(*) AS count ORDER BY label',
    { bookkeeping: GRAPH_VERSION_LABEL },
    database,
  );
  const types = await read<{ type: string; count: unknown }>(
    driver,
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type',
    {},
    database,
  );
  const num = (v: unknown) => Number(plain(v));
  return {
    labels: Object.fromEntries(labels.map((r) => [r.label, num(r.count)])) as Record<string, number>,
    relationships: Object.fromEntries(types.map((r) => [r.type, num(r.count)])) as Record<string, number>,
  };
}
