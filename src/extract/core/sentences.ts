import type { ParsedDocument, Span } from '../../model/index.js';
import { matchAll } from './match-all.js';

// A sentence ends at . ! ? … or ; followed by a space and an upper-case letter, a quote or a digit,
// but not after "M." / "Mr." / single initials ("V. Poutine") or inside numbers ("300.000", "5,7%").
const BOUNDARY = /[.!?…;](?=\s+["«“(]?[\p{Lu}\d])/gu;
const NO_BREAK_BEFORE = /(?:^|[\s(])(?:M|Mr|Mme|Mrs|Dr|St|Ste|[\p{Lu}])$/u;

// Finders split the same paragraphs again and again (sentenceAt is asked once per mention): the
// spans of the last text are remembered by [start, end) and handed out as fresh arrays.
let memoText: string | undefined;
const memo = new Map<string, readonly Span[]>();

/** Splits [start, end) of `text` into sentence spans (trimmed, never empty). */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  if (text !== memoText) {
    memo.clear();
    memoText = text;
  }
  const key = `${start}:${end}`;
  let spans = memo.get(key);
  if (!spans) memo.set(key, (spans = split(text, start, end)));
  return [...spans];
}

function split(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const chunk = text.slice(start, end);
  let from = 0;
  for (const m of matchAll(chunk, BOUNDARY)) {
    const stop = m.index + 1;
    if (NO_BREAK_BEFORE.test(chunk.slice(Math.max(0, m.index - 4), m.index))) continue;
    pushTrimmed(out, text, start + from, start + stop);
    from = stop;
  }
  pushTrimmed(out, text, start + from, end);
  return out;
}

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

/** The sentence of the paragraph holding `offset`, or the whole line when no paragraph holds it. */
export function sentenceAt(doc: ParsedDocument, offset: number): Span {
  for (const event of doc.events) {
    if (offset < event.start || offset >= event.end) continue;
    for (const p of event.paragraphs) {
      if (offset < p.start || offset >= p.end) continue;
      return splitSentences(doc.text, p.start, p.end).find((s) => offset >= s.start && offset < s.end) ?? p;
    }
  }
  const lineStart = doc.text.lastIndexOf('\n', offset - 1) + 1;
  const nl = doc.text.indexOf('\n', offset);
  return { start: lineStart, end: nl === -1 ? doc.text.length : nl };
}

/** 1-based index of the event whose span holds `offset`; 0 when outside every event (e.g. the index). */
export function eventIndexAt(doc: ParsedDocument, offset: number): number {
  for (const event of doc.events) if (offset >= event.start && offset < event.end) return event.index;
  return 0;
}
