import type { DocumentRecord, Entity, Relation } from '../model/index.js';

/** An entity as load writes it: resolved, with the documents that name it. */
export interface GraphEntity extends Entity {
  documents: string[];
}

/** A relation as load writes it: endpoints are node ids, `documents` those that state it. */
export interface GraphRelation extends Relation {
  documents: string[];
  /** Each document's confidence in it (resolve sets them); else `confidence` stands for every document. */
  documentConfidences?: Record<string, number>;
}

/** What load takes (resolve's ResolvedGraph has this shape). */
export interface GraphData {
  documents: DocumentRecord[];
  entities: GraphEntity[];
  relations: GraphRelation[];
}

/** One parameterised Cypher statement. */
export interface Statement {
  text: string;
  parameters: Record<string, unknown>;
}

/** Neo4j's update counters summed over statements. */
export interface LoadCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

export const zeroCounters = (): LoadCounters => ({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
});
