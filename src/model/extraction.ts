import type { EntityType, RelationType } from './names.js';
import type { Evidence, Mention, Span } from './span.js';

export interface DocumentRecord {
  id: string;
  path: string;
  sha256: string;
  title: string;
}

export type Properties = Record<string, string | number | boolean | null | string[] | number[]>;

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  properties: Properties;
  mentions: Mention[];
}

export interface Relation {
  type: RelationType;
  source: string;
  target: string;
  properties: Properties;
  evidence: Evidence[];
}

/** A problem in the input text: data returned beside the output, never thrown. */
export interface Diagnostic {
  code: string;
  message: string;
  severity: 'warning' | 'error';
  document?: string;
  span?: Span;
}

/** What `extract` prints for one or more documents (shared/spec/EXTRACTION.md). */
export interface Extraction {
  documents: DocumentRecord[];
  entities: Entity[];
  relations: Relation[];
  diagnostics?: Diagnostic[];
}
