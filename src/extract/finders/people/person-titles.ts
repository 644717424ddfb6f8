import titles from '../../lexicons/titles.json' with { type: 'json' };
import moreTitles from '../../lexicons/titles-more.json' with { type: 'json' };
import type { Span, TextSpan } from '../../../model/index.js';
import { foldForSearch, foldedSlice } from '../../core/fold-for-search.js';
import { matchAll, matchAllNotAfter } from '../../core/match-all.js';
import { HONORIFIC_BEFORE, TITLE_BEFORE_REACH, TITLE_AFTER_REACH } from '../../core/text-windows.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const APOS = (s: string): string => escape(foldForSearch(s)).replace(/'/g, "['’]");

// Heads are matched on folded text (accents and case dropped, same length), longest first, with
// the modifiers that turn "ministre" into "premier vice-ministre" or "gouverneur par intérim".
const HEADS = [...new Set([...(titles as string[]), ...moreTitles.titles].map(APOS))]
  .sort((a, b) => b.length - a.length)
  .join('|');
// Not after a letter or digit either, checked by matchAllNotAfter.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HEAD = new RegExp(
  String.raw`(?:(?:premier|premiere|first)\s+)?(?:(?:vice|deputy|sous)[-\s])?(?:${HEADS})` +
    String.raw`(?:\s+(?:adjoint|adjointe|par interim|delegue|deleguee|en exercice))?(?![\p{L}\p{N}])`,
  'gu',
);

// Words that open a clause, never a title's complement: "Le commandant suprême en chef a été informé par …".
export const BREAKERS = new Set(
  (
    'a ai as avons avez ont est es sont etait etaient avait avaient sera seront fut ete qui que qu je j il elle nous vous ' +
    'ils elles on se s ne n y avec selon lors pendant apres avant mais car donc si ce cette ces son sa ses leur leurs notre ' +
    'votre nos vos mon ma mes lui eux dont ou quand comme parce puisque tandis par moi toi soi moi-meme ' +
    'lui-meme elle-meme nous-memes vous-meme vous-memes eux-memes'
  ).split(' '),
);
const MAX_COMPLEMENT_WORDS = 16;

/** Title heads found in `text` (folded matching), as spans of the original text. */
export function headsIn(text: string, from: number, to: number): Span[] {
  const folded = foldedSlice(text, from, to);
  return matchAllNotAfter(folded, HEAD, LETTER_OR_DIGIT).map((m) => ({
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));
}

/**
 * True when the words between a title head and a name can be its complement ("de la région d’Arkhangelsk,").
 * A capitalised word glued to the head is a name, not a complement: "Président Poutine, président Lukashenko".
 */
function isComplement(s: string): boolean {
  if (/^\s+\p{Lu}/u.test(s)) return false;
  const words = s.split(/[\s’',()[\]–—]+/u).filter(Boolean);
  if (words.length > MAX_COMPLEMENT_WORDS) return false;
  // a capitalised word is part of a name, never a clause word: "groupe de forces Est" is no "est"
  return !words.some(
    (w) =>
      (/^\p{Ll}/u.test(w) && (BREAKERS.has(w) || (w !== 'à' && BREAKERS.has(foldForSearch(w))))) ||
      /^\d/.test(w),
  );
}

// "Le président kirghiz rencontrera demain le Premier ministre X": an article before a later head opens
// a post of its own; only a dash or a comma chains it to the first ("… de la Russie – le premier vice-ministre").
const ARTICLE_END = /(?:^|[^–—,\s])\s+(?:le|la|l[’'])\s*$/u;
function opensAnotherPost(text: string, head: Span, later: readonly Span[]): boolean {
  return later.some((h) => ARTICLE_END.test(text.slice(head.end, h.start)));
}

// Where the search for a title before a name stops: a sentence end, a colon, an opening quote.
const STOPS = /[.!?;:«"“](?=\s)|[«"“]/gu;

/**
 * The title phrase right before a name, possibly a chain of posts:
 * "le chef d’état-major général des forces armées de la Russie – le premier vice-ministre de la Défense – Valery Gerasimov".
 */
export function titleBefore(text: string, nameStart: number, lineStart: number): Span | null {
  let end = nameStart;
  // "le président des États-Unis, Mr. Trump": the honorific sits between the title and the name.
  const hon = /(?:\b(?:Mr|Mrs|M|Mme|Dr)\.?|Monsieur|Madame)\s*$/u.exec(
    text.slice(Math.max(lineStart, end - HONORIFIC_BEFORE), end),
  );
  if (hon) end -= hon[0].length;
  const base = Math.max(lineStart, end - TITLE_BEFORE_REACH);
  let from = base;
  for (const m of matchAll(text.slice(base, end), STOPS)) from = base + m.index + m[0].length;
  const heads = headsIn(text, from, end);
  for (const [i, head] of heads.entries()) {
    const rest = text.slice(head.end, end);
    if (!isComplement(rest) || opensAnotherPost(text, head, heads.slice(i + 1))) continue;
    const stop = /[\s,–—-]*$/u.exec(rest)!;
    return { start: head.start, end: head.end + stop.index };
  }
  return null;
}

/** The title in apposition after a name: "Boris Gryzlov [ambassadeur … Bélarus]", "Dmitry Makhonin, gouverneur de Perm,". */
export function titleAfter(text: string, nameEnd: number, lineEnd: number): Span | null {
  const rest = text.slice(nameEnd, lineEnd);
  const open = /^\s*(?:,|\[|\(|–|—)\s*(?:(?:le|la|les|l[’'])\s*)?/u.exec(rest);
  if (!open) return null;
  const start = nameEnd + open[0].length;
  const head = headsIn(text, start, Math.min(lineEnd, start + TITLE_AFTER_REACH))[0];
  if (!head || head.start !== start) return null;
  const closer = open[0].includes('[') ? /\]/u : open[0].includes('(') ? /\)/u : /[,;.!?)\]]|\s[–—]\s|$/u;
  const stop = closer.exec(text.slice(start, lineEnd));
  const end = start + (stop ? stop.index : lineEnd - start);
  // "Valentina Matvienko, le président de la Douma Viatcheslav Volodine": the post runs into the next
  // person's name (the window stops there, not at a line end): it is that person's, not an apposition.
  if (end === lineEnd && lineEnd < text.length && !/[\r\n]/.test(text[lineEnd]!)) return null;
  const complement = text.slice(head.end, end);
  if (/^\s+\p{Lu}/u.test(complement)) return null; // ", président Lukashenko": another person, not a post
  if (!isComplement(complement)) return { start: head.start, end: head.end };
  return { start, end: trimEnd(text, start, end) };
}

/** Splits a chain of posts into one span per post ("A – le B" → A, B), articles dropped. */
export function splitTitles(text: string, span: Span): TextSpan[] {
  const out: TextSpan[] = [];
  const chunk = text.slice(span.start, span.end);
  let at = 0;
  for (const part of chunk.split(/(\s+[–—-]\s+|,\s+|\s+et\s+(?=(?:le|la|l[’'])\s*))/u)) {
    const isSep = /^(?:\s+[–—-]\s+|,\s+|\s+et\s+)$/u.test(part);
    if (!isSep && part.trim()) {
      const lead = /^\s*(?:(?:le|la|les|l[’'])\s*)?/iu.exec(part)![0].length;
      const start = span.start + at + lead;
      const end = trimEnd(text, start, span.start + at + part.length);
      if (end > start && headsIn(text, start, end).some((h) => h.start === start)) {
        out.push({ start, end, text: text.slice(start, end) });
      }
    }
    at += part.length;
  }
  return out;
}

/** The head of a title span ("gouverneur" in "gouverneur du territoire de Perm"), or null. */
export function headOf(text: string, span: Span): Span | null {
  return headsIn(text, span.start, span.end).find((h) => h.start === span.start) ?? null;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s,–—-]/u.test(text[end - 1]!)) end--;
  return end;
}
