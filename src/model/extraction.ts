import type { EntityType, RelationType } from './names.js';
import type { Evidence, Mention, Span } from './span.js';

/** `text`: spans index the file as read; `html`: they index the page's visible text, not the file. */
export type DocumentFormat = 'text' | 'html';

export interface DocumentRecord {
  id: string;
  path: string;
  sha256: string;
  title: string;
  /** Absent in `kg extract` output for text files. @default 'text' */
  format?: DocumentFormat;
  /**
   * The text every span of the document indexes. Documents being loaded always carry it (it is stored on
   * the Document node); `kg extract` prints it only for HTML pages, where it is not the file as read.
   */
  text?: string;
}

export type Properties = Record<string, string | number | boolean | null | string[] | number[]>;

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  properties: Properties;
  mentions: Mention[];
  /** How sure extraction is that this is a real entity of this type, in [0, 1] (README, "Confidence"). */
  confidence?: number;
}

export interface Relation {
  type: RelationType;
  source: string;
  target: string;
  properties: Properties;
  evidence: Evidence[];
  /** The finder that proposed it first ("positions", "held-in"). */
  rule?: string;
  /** Estimated probability that the fact is right, in [0, 1], fitted on the dev corpus (README, "Confidence"). */
  confidence?: number;
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

/** The extraction with its documents' records carrying the text their spans index, and its format. */
export function withDocumentText(
  extraction: Extraction,
  source: { text: string; format: DocumentFormat },
): Extraction {
  const documents = extraction.documents.map((d) => ({ ...d, format: source.format, text: source.text }));
  return { ...extraction, documents };
}
