import { ID_PREFIX, UNKNOWN_CONFIDENCE, type EntityType, type Properties } from '../model/index.js';
import type { GraphData, GraphEntity, GraphRelation, Statement } from './types.js';

/**
 * Pure statement builders: graph data → batched, parameterised `UNWIND … MERGE` statements, one per
 * label and per (relationship type, source label, target label), so that every MATCH and MERGE uses
 * the uniqueness constraint of its label. Each node and relationship appears once per statement.
 */

const ENTITY = 'Entity';
const NOT_ENTITY: ReadonlySet<string> = new Set(['Document', 'Event']);
const RESERVED = new Set([
  'id',
  'name',
  'aliases',
  'documents',
  'degree',
  'pagerank',
  'community',
  'confidence',
  'confidences',
  'confidenceDocuments',
]);
const EVIDENCE_LISTS = ['evidenceDocuments', 'evidenceStarts', 'evidenceEnds', 'evidenceTexts'];
// Each stating document's confidence, beside it: `confidence` is recomputed from them whenever a document
// comes, changes or goes, so removing one takes its share back.
const CONFIDENCE_LISTS = ['confidenceDocuments', 'confidences'];
const combined = (r: string) =>
  `${r}.confidence = 1.0 - reduce(q = 1.0, c IN ${r}.confidences | q * (1.0 - c))`;
/** Indices of the entries of `lists` whose document (`by`) is not among `docs`. */
const keeping = (r: string, by: string, docs: string) =>
  `[i IN range(0, size(coalesce(${r}.${by}, [])) - 1) WHERE NOT ${r}.${by}[i] IN ${docs}]`;
const LABEL_OF_PREFIX = new Map(Object.entries(ID_PREFIX).map(([label, prefix]) => [prefix, label]));

/** "person:vladimir-poutine" → "Person"; ids with an unknown prefix have no label. */
export const labelOfId = (id: string): string | undefined =>
  LABEL_OF_PREFIX.get(id.slice(0, id.indexOf(':')));

// Sorted union of the stored list and the batch's documents (insertion into a sorted list, no subquery):
// the same value in any order of ingest.
const union = (target: string, list: string, extra: string) =>
  `reduce(acc = coalesce(${target}.${list}, []), x IN ${extra} | CASE WHEN x IN acc THEN acc ELSE [y IN acc WHERE y < x] + x + [y IN acc WHERE y > x] END)`;

// True when every document of the row sorts after every stored one (row.docs is sorted): then none of
// them is stored yet and the sorted union is an append. It is the common case, since load writes its
// batches in id order; the insertion above costs O(stored × batch) per touch, and a hub stated by every
// document (Vladimir Poutine's HOLDS_POSITION, a region PART_OF Fédération de Russie) is touched by
// every batch with thousands of documents stored: quadratic in the corpus (bench/load, 10,000 documents).
const appends = (target: string, list: string, extra: string) =>
  `(${target}.${list} IS NULL OR size(${target}.${list}) = 0 OR last(${target}.${list}) < head(${extra}))`;
const fastUnion = (target: string, list: string, extra: string) =>
  `CASE WHEN ${appends(target, list, extra)} THEN coalesce(${target}.${list}, []) + ${extra} ELSE ${union(target, list, extra)} END`;

// Plans are cached per statement text; a graph that grows fast would otherwise be replanned batch after batch.
const CYPHER = 'CYPHER replan=skip ';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function cleanProperties(props: Properties): Properties {
  const out: Properties = {};
  for (const [k, v] of Object.entries(props)) if (v !== undefined && !RESERVED.has(k)) out[k] = v;
  return out;
}

/** Where each id lives: the label that makes a MATCH on `id` use its constraint. */
function labelsOf(data: GraphData): Map<string, string> {
  const labels = new Map(data.entities.map((e) => [e.id, e.type as string]));
  for (const d of data.documents) labels.set(d.id, 'Document');
  return labels;
}

/** `TYPE|FromLabel|source|ToLabel|target`: enough to find a relationship again through two indexed nodes. */
export function relationKey(r: GraphRelation, labels: Map<string, string>): string | undefined {
  const from = labels.get(r.source) ?? labelOfId(r.source);
  const to = labels.get(r.target) ?? labelOfId(r.target);
  return from && to ? [r.type, from, r.source, to, r.target].join('|') : undefined;
}

/**
 * The Document nodes of the batch, each with what it touched, so that a later version can take it back
 * without scanning: `entityIds` (its `:Entity` nodes) and `relationKeys` (its relationships); and `text`,
 * the text its spans index (`format` says whether that is the file itself or an HTML page's text).
 */
export function documentStatement(data: GraphData, docs: ReadonlySet<string>): Statement {
  const entityIds = new Map<string, string[]>();
  for (const e of data.entities)
    if (!NOT_ENTITY.has(e.type)) for (const d of e.documents) if (docs.has(d)) push(entityIds, d, e.id);
  const labels = labelsOf(data);
  const relationKeys = new Map<string, string[]>();
  for (const r of data.relations) {
    if (r.type === 'DESCRIBES') continue;
    const key = relationKey(r, labels);
    if (key) for (const d of r.documents) if (docs.has(d)) push(relationKeys, d, key);
  }
  const rows = data.documents
    .filter((d) => docs.has(d.id))
    .map((d) => ({
      id: d.id,
      props: {
        path: d.path,
        sha256: d.sha256,
        title: d.title,
        format: d.format ?? 'text',
        // What evidence and mention offsets index: an HTML page's visible text differs from its file.
        text: d.text ?? null,
        entityIds: entityIds.get(d.id) ?? [],
        relationKeys: relationKeys.get(d.id) ?? [],
      },
    }));
  return {
    text: `${CYPHER}UNWIND $rows AS row MERGE (d:Document {id: row.id}) SET d += row.props`,
    parameters: { rows },
  };
}

/** The batch's share of `documents`, sorted and distinct (what fastUnion's append needs). */
const sortedDocs = (documents: readonly string[], docs: ReadonlySet<string>) =>
  [...new Set(documents.filter((d) => docs.has(d)))].sort();

export function nodeRow(entity: GraphEntity, docs: ReadonlySet<string>) {
  const props: Properties = { ...cleanProperties(entity.properties), name: entity.name };
  if (entity.type === 'Event') props.name = (entity.properties.title as string | undefined) ?? entity.name;
  else props.aliases = entity.aliases;
  return { id: entity.id, props, docs: sortedDocs(entity.documents, docs) };
}

/** MERGE of the batch's nodes, one statement per label; every label but Event also gets `:Entity`. */
export function nodeStatements(data: GraphData, docs: ReadonlySet<string>): Statement[] {
  const byLabel = new Map<EntityType, ReturnType<typeof nodeRow>[]>();
  for (const e of data.entities) {
    if (e.type === 'Document' || !e.documents.some((d) => docs.has(d))) continue;
    push(byLabel, e.type, nodeRow(e, docs));
  }
  return [...byLabel].map(([label, rows]) => ({
    text:
      `${CYPHER}UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row.props` +
      (label === 'Event' ? '' : `, n:${ENTITY}`) +
      ` SET n.documents = ${fastUnion('n', 'documents', 'row.docs')}`,
    parameters: { rows },
  }));
}

export function relationRow(r: GraphRelation, docs: ReadonlySet<string>) {
  const evidence = r.evidence.filter((e) => docs.has(e.document));
  return {
    source: r.source,
    target: r.target,
    props: cleanProperties(r.properties),
    docs: sortedDocs(r.documents, docs),
    evidenceDocuments: evidence.map((e) => e.document),
    evidenceStarts: evidence.map((e) => e.start),
    evidenceEnds: evidence.map((e) => e.end),
    evidenceTexts: evidence.map((e) => e.text ?? ''),
    confidenceDocuments: sortedDocs(r.documents, docs),
    confidences: sortedDocs(r.documents, docs).map(
      (d) => r.documentConfidences?.[d] ?? r.confidence ?? UNKNOWN_CONFIDENCE,
    ),
  };
}

/** Cypher that MERGEs one relationship per row and replaces the batch documents' share of its evidence. */
export function relationText(type: string, from: string, to: string): string {
  return [
    `${CYPHER}UNWIND $rows AS row`,
    `MATCH (a:${from} {id: row.source})`,
    `MATCH (b:${to} {id: row.target})`,
    `MERGE (a)-[r:${type}]->(b)`,
    // Appending: no evidence of the row's documents is stored (evidence documents ⊆ documents), keep all.
    `WITH r, row, ${appends('r', 'documents', 'row.docs')} AS appending`,
    `WITH r, row, appending, CASE WHEN appending THEN [] ELSE ${keeping('r', 'evidenceDocuments', 'row.docs')} END AS keep,`,
    `  CASE WHEN appending THEN [] ELSE ${keeping('r', 'confidenceDocuments', 'row.docs')} END AS keepConfidence`,
    `SET r += row.props, r.documents = CASE WHEN appending THEN coalesce(r.documents, []) + row.docs ELSE ${union('r', 'documents', 'row.docs')} END,`,
    [...EVIDENCE_LISTS.map((l) => [l, 'keep']), ...CONFIDENCE_LISTS.map((l) => [l, 'keepConfidence'])]
      .map(
        ([l, keep]) =>
          `r.${l} = CASE WHEN appending THEN coalesce(r.${l}, []) ELSE [i IN ${keep} | r.${l}[i]] END + row.${l}`,
      )
      .join(', '),
    `SET ${combined('r')}`,
  ].join('\n');
}

/** MERGE of the batch's relationships, one statement per (type, source label, target label). */
export function relationStatements(data: GraphData, docs: ReadonlySet<string>): Statement[] {
  const labels = labelsOf(data);
  const groups = new Map<string, ReturnType<typeof relationRow>[]>();
  for (const r of data.relations) {
    if (!r.documents.some((d) => docs.has(d))) continue;
    const from = labels.get(r.source) ?? labelOfId(r.source);
    const to = labels.get(r.target) ?? labelOfId(r.target);
    if (!from || !to) continue;
    const key = `${r.type}|${from}|${to}`;
    push(groups, key, relationRow(r, docs));
  }
  return [...groups].map(([key, rows]) => {
    const [type, from, to] = key.split('|') as [string, string, string];
    return { text: relationText(type, from, to), parameters: { rows } };
  });
}

const takeBack = (r: string, docs: string) =>
  [
    `WITH DISTINCT ${r}`,
    `WITH ${r}, ${keeping(r, 'evidenceDocuments', docs)} AS keep, ${keeping(r, 'confidenceDocuments', docs)} AS keepConfidence`,
    `SET ${r}.documents = [x IN ${r}.documents WHERE NOT x IN ${docs}], ` +
      EVIDENCE_LISTS.map((l) => `${r}.${l} = [i IN keep | ${r}.${l}[i]]`).join(', ') +
      ', ' +
      CONFIDENCE_LISTS.map((l) => `${r}.${l} = [i IN keepConfidence | ${r}.${l}[i]]`).join(', '),
    `SET ${combined(r)}`,
    `WITH ${r} WHERE size(${r}.documents) = 0`,
    `DELETE ${r}`,
  ].join('\n');

/**
 * Takes back the relationships `docs` stated, found again through their two endpoints (by `relationKeys`,
 * never by scanning a hub such as Vladimir Poutine's thousands of relationships).
 */
export function removeRelationStatements(
  docs: readonly string[],
  relationKeys: readonly string[],
): Statement[] {
  const groups = new Map<string, { source: string; target: string }[]>();
  for (const key of new Set(relationKeys)) {
    const [type, from, source, to, target] = key.split('|') as [string, string, string, string, string];
    push(groups, `${type}|${from}|${to}`, { source, target });
  }
  return [...groups].map(([group, rows]) => {
    const [type, from, to] = group.split('|') as [string, string, string];
    return {
      text: [
        `${CYPHER}UNWIND $rows AS row`,
        `MATCH (a:${from} {id: row.source})-[r:${type}]->(b:${to} {id: row.target})`,
        takeBack('r', '$docs'),
      ].join('\n'),
      parameters: { rows, docs },
    };
  });
}

/** For documents loaded before `relationKeys` existed: the same, found by expanding their nodes. */
export function legacyRemoveRelationStatements(docs: readonly string[]): Statement[] {
  const parameters = { docs };
  return [
    'UNWIND $docs AS doc MATCH (d:Document {id: doc}) UNWIND coalesce(d.entityIds, []) AS eid MATCH (n:Entity {id: eid})-[r]->()',
    'UNWIND $docs AS doc MATCH (:Document {id: doc})-[:DESCRIBES]->(n:Event)-[r]->()',
  ].map((match) => ({
    text: [match, 'WHERE any(x IN r.documents WHERE x IN $docs)', takeBack('r', '$docs')].join('\n'),
    parameters,
  }));
}

/**
 * Takes back the nodes `docs` named: their name leaves `documents`; nodes (events included) left with no
 * document go. The Document nodes stay (their DESCRIBES go) unless `dropDocuments`.
 */
export function removeNodeStatements(docs: readonly string[], dropDocuments = false): Statement[] {
  const parameters = { docs };
  const strip = (match: string): Statement => ({
    text: [
      match,
      'WITH DISTINCT n',
      'SET n.documents = [x IN n.documents WHERE NOT x IN $docs]',
      'WITH n WHERE size(n.documents) = 0',
      'DETACH DELETE n',
    ].join('\n'),
    parameters,
  });
  return [
    strip(
      'UNWIND $docs AS doc MATCH (d:Document {id: doc}) UNWIND coalesce(d.entityIds, []) AS eid MATCH (n:Entity {id: eid})',
    ),
    strip('UNWIND $docs AS doc MATCH (:Document {id: doc})-[:DESCRIBES]->(n:Event)'),
    {
      text: dropDocuments
        ? 'UNWIND $docs AS doc MATCH (d:Document {id: doc}) DETACH DELETE d'
        : 'UNWIND $docs AS doc MATCH (:Document {id: doc})-[r:DESCRIBES]->() DELETE r',
      parameters,
    },
  ];
}

/** What the removal of `docs` runs, given the `relationKeys` stored on them (null: stored by an older version). */
export function removeStatements(
  docs: readonly string[],
  stored: ReadonlyMap<string, readonly string[] | null>,
  dropDocuments = false,
): Statement[] {
  const legacy = docs.filter((d) => stored.has(d) && stored.get(d) === null);
  const keys = docs.flatMap((d) => stored.get(d) ?? []);
  return [
    ...removeRelationStatements(docs, keys),
    ...(legacy.length ? legacyRemoveRelationStatements(legacy) : []),
    ...removeNodeStatements(docs, dropDocuments),
  ];
}

/** What one transaction runs to write `docs`, after removeStatements took back their old facts. */
export function writeStatements(data: GraphData, docs: ReadonlySet<string>): Statement[] {
  return [documentStatement(data, docs), ...nodeStatements(data, docs), ...relationStatements(data, docs)];
}
