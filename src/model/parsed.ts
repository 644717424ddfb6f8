import type { Diagnostic } from './extraction.js';
import type { Span } from './span.js';

/** A text slice with its span; `text` always equals source.slice(span.start, span.end). */
export interface TextSpan extends Span {
  text: string;
}

export type EventKind =
  | 'meeting'
  | 'visit'
  | 'talks'
  | 'press_conference'
  | 'ceremony'
  | 'call'
  | 'statement'
  | 'decree'
  | 'greeting'
  | 'other';

export type ParagraphKind = 'lead' | 'dateline' | 'place' | 'body' | 'turn' | 'bullet' | 'url';

/** "Président de la Russie Vladimir Poutine: …" → title + name, both with spans. */
export interface Speaker {
  name: TextSpan;
  title?: TextSpan;
}

/** "Ilya Yezhov, Ria Novosti." or "Je suis Anna Pyzh de la chaîne de télévision ONT". */
export interface JournalistIntro {
  name: TextSpan;
  outlet?: TextSpan;
}

export interface Paragraph extends TextSpan {
  kind: ParagraphKind;
  /** For `turn`: who speaks; `text`/span still cover the whole paragraph, `body` the words after the colon. */
  speaker?: Speaker;
  body?: TextSpan;
  journalist?: JournalistIntro;
}

export interface ParsedEvent extends Span {
  /** 1-based position in the document. */
  index: number;
  title: TextSpan;
  kind: EventKind;
  /** ISO date (YYYY-MM-DD) or null when none was found. */
  date: string | null;
  /** HH:MM or null. */
  time: string | null;
  place: TextSpan | null;
  url: TextSpan | null;
  /** The heading line that opens the event in the body (not the index entry). */
  heading: TextSpan;
  paragraphs: Paragraph[];
}

export interface ParsedDocument {
  id: string;
  path: string;
  sha256: string;
  /** The file's text exactly as read (after UTF-8 decoding, BOM included). All spans index into it. */
  text: string;
  title: string;
  events: ParsedEvent[];
  diagnostics: Diagnostic[];
}
