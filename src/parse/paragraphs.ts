import type { Paragraph, ParagraphKind } from '../model/index.js';
import { findDate } from './dates.js';
import { findJournalist } from './journalists.js';
import type { Line } from './lines.js';
import { isDroppedLine } from './noise.js';
import { parseSpeakerTurn } from './speaker-turns.js';
import { textSpan } from './text-span.js';

const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/iu;
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

// "Territoire de Perm", "Région d’Arkhangelsk", "Novo-Ogaryovo, région de Moscou": short, capitalised, no verb-like stop.
function isPlaceLine(line: string): boolean {
  if (line.length > 70 || !/^\p{Lu}/u.test(line) || /[.!?:;«»"…]$|\d/u.test(line)) return false;
  const words = line.split(/\s+/u);
  return words.length <= 7 && !words.some((w) => /^(?:est|sont|a|ont|était|avec|pour)$/iu.test(w));
}

/** Classifies the lines of one event's body (the heading excluded) into paragraphs. */
export function buildParagraphs(text: string, lines: readonly Line[], knownSurnames: ReadonlySet<string>): Paragraph[] {
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
