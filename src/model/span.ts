/** Half-open range [start, end) in UTF-16 code units of the text exactly as read. */
export interface Span {
  start: number;
  end: number;
}

/** A span in a given document: where an entity is named or a relation is supported. */
export interface Mention extends Span {
  document: string;
}

/** Evidence for a relation: a mention plus the sentence it slices (text is optional in the contract). */
export interface Evidence extends Mention {
  text?: string;
}

export const sliceSpan = (text: string, span: Span): string => text.slice(span.start, span.end);
