/** What the query functions answer, shared by the GraphQL resolvers and the MCP tools. */

export interface EntityRef {
  id: string;
  type: string;
  name: string;
}

export interface EventRef {
  id: string;
  date: string | null;
  title: string | null;
}

export interface Evidence {
  document: string;
  start: number;
  end: number;
  text: string;
  /** The event of the document whose section holds the sentence; null before the first event heading. */
  event: EventRef | null;
  /** That event's kremlin.ru address, when the document gives one. */
  url: string | null;
}

export interface SearchHit extends EntityRef {
  score: number;
  aliases: string[];
  /** `exact`: the id, name or an alias equals the text (case aside); `fuzzy`: full-text. */
  match: 'exact' | 'fuzzy';
}

export interface Triple {
  subject: EntityRef;
  type: string;
  object: EntityRef;
  /** Relationship properties other than provenance (title, role…), or null. */
  properties: Record<string, unknown> | null;
  /** How sure the graph is of the fact, in [0, 1]: each stating document's confidence, combined (noisy-or). */
  confidence: number;
  evidence: Evidence[];
  /** Evidence records the relationship holds (more than `evidence` when capped). */
  evidenceCount: number;
}

export interface Neighbour {
  entity: EntityRef;
  type: string;
  direction: 'OUT' | 'IN';
  properties: Record<string, unknown> | null;
  evidence: Evidence[];
  evidenceCount: number;
}

export interface PathStep {
  from: EntityRef;
  type: string;
  to: EntityRef;
  evidence: Evidence[];
  evidenceCount: number;
}

export interface Connection {
  length: number;
  nodes: EntityRef[];
  steps: PathStep[];
}

export interface EntityDetail extends EntityRef {
  aliases: string[];
  /** Node properties other than id, name, aliases and provenance lists. */
  properties: Record<string, unknown>;
  /** Documents that name it. */
  documentCount: number;
  /** Relationships per type and direction ("HOLDS_POSITION OUT": 2). */
  relationships: Record<string, number>;
}

export interface GraphSummary {
  labels: { label: string; count: number; properties: readonly string[] }[];
  relations: { type: string; count: number; from: readonly string[]; to: readonly string[] }[];
}
