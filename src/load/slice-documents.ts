import type { GraphData } from './types.js';

/** Per-document index of a graph so that a batch of documents picks its share without scanning everything. */
export interface DocumentSlices {
  data: GraphData;
  entities: Map<string, number[]>;
  relations: Map<string, number[]>;
}

function add(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

export function sliceDocuments(data: GraphData): DocumentSlices {
  const entities = new Map<string, number[]>();
  const relations = new Map<string, number[]>();
  data.entities.forEach((e, i) => e.documents.forEach((d) => add(entities, d, i)));
  data.relations.forEach((r, i) => r.documents.forEach((d) => add(relations, d, i)));
  return { data, entities, relations };
}

/** The part of the graph that the documents `docs` state (each entity and relation once). */
export function batchOf(slices: DocumentSlices, docs: readonly string[]): GraphData {
  const pick = <T>(index: Map<string, number[]>, all: T[]): T[] => {
    const ids = new Set(docs.flatMap((d) => index.get(d) ?? []));
    return [...ids].sort((a, b) => a - b).map((i) => all[i]!);
  };
  const wanted = new Set(docs);
  return {
    documents: slices.data.documents.filter((d) => wanted.has(d.id)),
    entities: pick(slices.entities, slices.data.entities),
    relations: pick(slices.relations, slices.data.relations),
  };
}
