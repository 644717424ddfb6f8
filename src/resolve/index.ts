/**
 * Extraction[] (one per document) → one graph: the same real thing across documents becomes one entity
 * with the union of names and aliases, a stable id and a merge log. Events and figures stay per document.
 * Writing the graph (and removing what a changed document no longer says) is left to load.
 */
import type { Diagnostic, DocumentRecord, Extraction } from '../model/index.js';
import { clusterForms, toForms } from './cluster-forms.js';
import { mergeCluster } from './merge-cluster.js';
import { mergeRelations } from './merge-relations.js';
import { DOCUMENT_SCOPED, documentsOf, occurrencesOf, scopedId } from './occurrences.js';
import type { MergeRecord, Occurrence, ResolvedEntity, ResolvedGraph } from './types.js';

export type * from './types.js';
export { translitKey, normalizeName } from './fold-name.js';
export { slugify } from './merge-cluster.js';

export interface ResolveOptions {
  /** Entities already in the graph: new names that match them take their ids. @default [] */
  existing?: readonly ResolvedEntity[];
}

const byDocument = (a: Extraction, b: Extraction): number => {
  const [x, y] = [a.documents[0]?.id ?? '', b.documents[0]?.id ?? ''];
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Resolves the extractions of many documents into one graph; the result never depends on their order. */
export function resolve(input: readonly Extraction[], options: ResolveOptions = {}): ResolvedGraph {
  const extractions = [...input].sort(byDocument);
  const diagnostics: Diagnostic[] = extractions.flatMap((x) => x.diagnostics ?? []);
  const existing: Occurrence[] = (options.existing ?? []).map((entity) => ({
    entity,
    documents: entity.documents,
    existing: true,
  }));
  const perExtraction = extractions.map(occurrencesOf);
  const { clusters, rejected } = clusterForms(toForms([...existing, ...perExtraction.flat()]));

  const taken = new Set(existing.map((o) => o.entity.id));
  const entities: ResolvedEntity[] = [];
  const resolvedId = new Map<Occurrence, string>();
  const merged: MergeRecord[] = [];
  for (const cluster of clusters) {
    if (cluster.forms.every((f) => f.existing)) continue; // untouched by these documents
    const entity = mergeCluster(cluster, taken);
    entities.push(entity);
    for (const form of cluster.forms) for (const occ of form.occurrences) resolvedId.set(occ, entity.id);
    if (new Set(cluster.forms.map((f) => f.name)).size > 1)
      merged.push(
        mergeRecord(
          entity,
          cluster.forms.flatMap((f) => f.occurrences),
          cluster.links,
        ),
      );
  }

  const idMaps = extractions.map((extraction, i) => {
    const map = new Map<string, string>();
    for (const occ of perExtraction[i]!) map.set(occ.entity.id, resolvedId.get(occ)!);
    for (const entity of extraction.entities.filter((e) => DOCUMENT_SCOPED.has(e.type))) {
      const documents = documentsOf(entity, extraction);
      const id = scopedId(entity.id, documents[0] ?? '');
      map.set(entity.id, id);
      entities.push({ ...entity, id, documents });
    }
    return map;
  });

  const docIds = new Set(extractions.flatMap((x) => x.documents.map((d) => d.id)));
  const relations = mergeRelations(
    extractions,
    (i, id) => (docIds.has(id) ? id : idMaps[i]!.get(id)),
    diagnostics,
  );
  // Every event is DESCRIBED by each document that reports it, whether or not the extractor said so.
  const described = new Set(
    relations.filter((r) => r.type === 'DESCRIBES').map((r) => `${r.source}|${r.target}`),
  );
  for (const e of entities.filter((x) => x.type === 'Event'))
    for (const document of e.documents)
      if (!described.has(`${document}|${e.id}`))
        relations.push({
          type: 'DESCRIBES',
          source: document,
          target: e.id,
          properties: {},
          evidence: [],
          documents: [document],
          confidence: 1,
          documentConfidences: { [document]: 1 },
        });

  return {
    documents: uniqueDocuments(extractions.flatMap((x) => x.documents)),
    entities: entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    relations,
    mergeLog: { merged: merged.sort((a, b) => (a.id < b.id ? -1 : 1)), rejected },
    diagnostics,
  };
}

function mergeRecord(
  entity: ResolvedEntity,
  occurrences: Occurrence[],
  links: MergeRecord['links'],
): MergeRecord {
  const forms = new Map<string, Set<string>>();
  for (const occ of occurrences)
    for (const d of occ.documents)
      forms.set(occ.entity.name, (forms.get(occ.entity.name) ?? new Set()).add(d));
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    forms: [...forms]
      .map(([name, docs]) => ({ name, documents: [...docs].sort() }))
      .sort((a, b) => (a.name < b.name ? -1 : 1)),
    links,
  };
}

function uniqueDocuments(docs: DocumentRecord[]): DocumentRecord[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
