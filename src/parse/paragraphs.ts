import type { Paragraph, ParagraphKind } from '../model/index.js';
import { findDate } from './dates.js';
import { findJournalist } from './journalists.js';
import type { Line } from './lines.js';
import { isDroppedLine } from './noise.js';
import { parseSpeakerTurn } from './speaker-turns.js';
import { textSpan } from './text-span.js';

// "http://en.kremlin.ru/events/president/news/76428", also "Source : http://…" or "<http://…>".
const URL_LINE = /^(?:(?:source|lien|url|link)\s*:\s*)?[<(]?(?:https?:\/\/|www\.)\S+$/iu;
// "- the 76th Guards …", "• …", "* …", "1) …", "2. …", "– …".
const BULLET_LINE = /^(?:[•·▪►◦‣*–—-]\s*\S|\d{1,2}[.)°]\s+\S)/u;
const SENTENCE = /[.!?…]\s+\p{Lu}|[.!?]$/u;

/** True for the repeated "10 mars 2025 à 13H40 au Kremlin-Moscou" (or "Le 14 avril 2025, Novo-Ogaryovo") line. */
export function isDateline(line: string): boolean {
  const date = findDate(line);
  if (!date || date.start > 3 || line.length > 160) return false;
  const tail = line.slice(date.end);
  return tail.length <= 120 && !SENTENCE.test(tail.replace(/\.$/u, ''));
}

// "Territoire de Perm", "Région d’Arkhangelsk", "Novo-Ogaryovo, région de Moscou", "Sotchi": a short line after
// the dateline that names a place (a place word, or a capitalised name) — not "Merci beaucoup" or a caption.
const PLACE_WORD =
  /(?<!\p{L})(?:r[ée]gion|territoire|r[ée]publique|oblast|kra[iï]|district|okrug|ville|village|province|kremlin|moscou|r[ée]sidence|vid[ée]oconf[ée]rence)(?!\p{L})/iu;
const LINKS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'sur', 'en', 'et']);

export function isPlaceLine(line: string): boolean {
  if (line.length > 70 || !/^\p{Lu}/u.test(line) || /[.!?:;«»"…]$|\d/u.test(line)) return false;
  const words = line.split(/[\s,]+/u).filter(Boolean);
  if (words.length > 7 || NOT_PLACE.test(words[0]!)) return false;
  if (PLACE_WORD.test(line)) return true;
  // Capitalised words alone: one word ("Sotchi") or a hyphenated name ("Nijni-Novgorod"); two plain
  // capitalised words are as likely a caption naming a person ("Vladimir Poutine").
  const capitalised = words.every((w) => /^\p{Lu}/u.test(w) || LINKS.has(w) || /^[dl][’']\p{Lu}/u.test(w));
  return (
    capitalised && (words.length === 1 || (words.length <= 4 && words.some((w) => /\p{L}-\p{Lu}/u.test(w))))
  );
}

const NOT_PLACE =
  /^(?:merci|bonjour|bonsoir|voici|avec|lors|pendant|le|la|les|un|une|des|il|elle|nous|vous|je)$/iu;

/** Classifies the lines of one event's body (the heading excluded) into paragraphs. */
export function buildParagraphs(
  text: string,
  lines: readonly Line[],
  knownSurnames: ReadonlySet<string>,
): Paragraph[] {
  const out: Paragraph[] = [];
  let sawBody = false;
  for (const line of lines) {
    if (line.text === '' || isDroppedLine(line.text)) continue;
    const previous = out.at(-1)?.kind;
    const p = classify(text, line, knownSurnames, previous, sawBody);
    if (p.kind === 'body' || p.kind === 'turn' || p.kind === 'bullet' || p.kind === 'lead') sawBody = true;
    out.push(p);
  }
  return out;
}

function classify(
  text: string,
  line: Line,
  known: ReadonlySet<string>,
  previous: ParagraphKind | undefined,
  sawBody: boolean,
): Paragraph {
  const base = textSpan(text, line.start, line.end);
  const at = (r: { start: number; end: number }) => textSpan(text, line.start + r.start, line.start + r.end);
  const para = (kind: ParagraphKind): Paragraph => withJournalist({ ...base, kind }, undefined);

  if (URL_LINE.test(line.text)) return { ...base, kind: 'url' };
  if (isDateline(line.text)) return { ...base, kind: 'dateline' };
  if (previous === 'dateline' && isPlaceLine(line.text)) return { ...base, kind: 'place' };

  const turn = parseSpeakerTurn(line.text, known);
  if (turn) {
    const speaker = { name: at(turn.name), ...(turn.title && { title: at(turn.title) }) };
    const p: Paragraph = { ...base, kind: 'turn', speaker, ...(turn.body && { body: at(turn.body) }) };
    return withJournalist(p, speaker.name.text);
  }
  if (BULLET_LINE.test(line.text)) return para('bullet');
  return para(sawBody ? 'body' : 'lead');

  function withJournalist(p: Paragraph, speaker: string | undefined): Paragraph {
    const found = findJournalist(line.text, speaker);
    if (!found) return p;
    const journalist = { name: at(found.name), ...(found.outlet && { outlet: at(found.outlet) }) };
    return { ...p, journalist };
  }
}
