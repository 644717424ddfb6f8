import type { ParsedDocument, Span, TextSpan } from '../../../model/index.js';
import { eventIndexAt } from '../../core/sentences.js';
import { type NameHit, RANK, lineHits, surnameHits } from './person-mentions.js';
import { isFirstName, isPatronymic, mayBeNameWord, surnameOf } from './person-names.js';
import { normalizeName } from '../../core/normalize-name.js';
import { nearlyEqual } from '../../assemble/name-matching.js';
import { splitTitles, titleAfter, titleBefore } from './person-titles.js';
import type { Candidate, EntityFinder } from '../../core/types.js';
import { matchAll } from '../../core/match-all.js';

interface Line extends Span {}

/**
 * Finds every mention of a person, one candidate per mention with its surface form:
 * speakers of turns, journalists introducing themselves, "Mr. X" / "président X" / "V. X",
 * first name + surname, then surname-only mentions of people already named. Titles stated
 * around a mention ("le gouverneur de la région d’Arkhangelsk, Alexander Tsybulsky") go to
 * `properties.titles`. Grouping the mentions into one person is left to resolution.
 */
export const findPeople: EntityFinder = (doc) => {
  const lines = linesOf(doc.text);
  const hits: NameHit[] = [...structuredHits(doc), ...lineHits(doc.text, lines)];
  const surnames = knownSurnames(doc.text, hits);
  // Surnames never span a line break: one pass over the whole text instead of one per line.
  hits.push(...surnameHits(doc.text, 0, doc.text.length, surnames));
  const kept = keepBest(hits);
  const addressed = addressees(doc.text, kept);
  return kept.map((hit, i) =>
    toCandidate(doc, hit, between(lineOf(lines, hit.start), kept[i - 1], kept[i + 1]), addressed.get(hit)),
  );
};

/**
 * Canonical full names for forms that do not read first name first.
 * First name + patronymic ("Sergueï Kojouguetovitch", "Mikhaïl Vladimirovitch") is how a speaker
 * addresses someone named in full elsewhere: it is an alias of that person, whose full name becomes
 * the mention's canonical. The nearest full name before it with the same first name wins, else the
 * first after; with none, the form stays a person of its own ("Roman Abramovitch" is a surname).
 */
function addressees(text: string, hits: readonly NameHit[]): Map<NameHit, string> {
  const words = (h: NameHit) => text.slice(h.start, h.end).split(/\s+/);
  const full = hits.filter((h) => {
    const w = words(h);
    return w.length >= 2 && !isPatronymic(w.at(-1)!) && !/^\p{Lu}\.$/u.test(w[0]!);
  });
  const out = new Map<NameHit, string>();
  for (const h of hits) {
    const w = words(h);
    if (w.length !== 2 || !isPatronymic(w[1]!)) continue;
    const first = normalizeName(w[0]!);
    const same = full.filter((f) => nearlyEqual(normalizeName(words(f)[0]!), first));
    const to = same.filter((f) => f.start < h.start).at(-1) ?? same[0];
    if (to) out.set(h, text.slice(to.start, to.end).replace(/\s+/g, ' '));
  }
  // "Sovetnikov Ivan :" — a surname first, then a given name, as lists and some turns write it
  for (const h of hits) {
    const w = words(h);
    if (w.length === 2 && isFirstName(w[1]!) && !isFirstName(w[0]!) && !isPatronymic(w[1]!)) {
      out.set(h, `${w[1]} ${w[0]}`);
    }
  }
  return out;
}

/** Speaker names and self-introduced journalists as the parser found them. */
function structuredHits(doc: ParsedDocument): NameHit[] {
  const out: NameHit[] = [];
  for (const event of doc.events) {
    for (const p of event.paragraphs) {
      const name = p.speaker?.name;
      // "Question: …" or "Voix: …" have no name the parser could tell from a title; keep real names only.
      if (
        name &&
        /^\p{Lu}/u.test(name.text) &&
        name.text.split(/\s+/).every((w) => mayBeNameWord(w) || /^\p{Ll}/u.test(w))
      ) {
        out.push({ start: name.start, end: name.end, rank: RANK.speaker });
      }
      const j = p.journalist?.name;
      if (j) out.push({ start: j.start, end: j.end, rank: RANK.speaker, title: 'journaliste' });
    }
  }
  return out;
}

/** Surnames of people named in full or after a cue, to find their later bare mentions. */
function knownSurnames(text: string, hits: readonly NameHit[]): Set<string> {
  const out = new Set<string>();
  for (const h of hits) {
    const last = surnameOf(text.slice(h.start, h.end).replace(/^\p{Lu}\.\s?/u, ''));
    if (last.length >= 3 && mayBeNameWord(last) && !isFirstName(last) && /^\p{Lu}/u.test(last)) out.add(last);
  }
  return out;
}

/** Keeps one hit per stretch of text: the best-ranked, then the longest. */
function keepBest(hits: NameHit[]): NameHit[] {
  const sorted = [...hits].sort(
    (a, b) => a.rank - b.rank || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: NameHit[] = [];
  for (const h of sorted) {
    const clash = kept.find((k) => h.start < k.end && k.start < h.end);
    if (!clash) kept.push(h);
    else if (h.title && !clash.title && clash.start <= h.start && h.end <= clash.end) clash.title = h.title;
  }
  return kept.sort((a, b) => a.start - b.start);
}

function toCandidate(doc: ParsedDocument, hit: NameHit, line: Line, canonical?: string): Candidate {
  const titles = [...new Set(titlesOf(doc.text, hit, line).map((t) => t.text))];
  if (hit.title && !titles.length) titles.push(hit.title);
  return {
    type: 'Person',
    name: doc.text.slice(hit.start, hit.end),
    span: { start: hit.start, end: hit.end },
    event: eventIndexAt(doc, hit.start),
    ...(canonical && { canonical }),
    ...(titles.length > 0 && { properties: { titles } }),
  };
}

// findPeople reads each mention's posts and positions.ts reads them again for the same mention:
// the posts of the last text are remembered by mention and line, handed out as copies.
let memoText: string | undefined;
const memo = new Map<string, readonly TextSpan[]>();

/** The posts stated before and after a mention, one span each. */
export function titlesOf(text: string, span: Span, line: Line = lineAround(text, span.start)): TextSpan[] {
  if (text !== memoText) {
    memo.clear();
    memoText = text;
  }
  const key = `${span.start}:${span.end}:${line.start}:${line.end}`;
  let titles = memo.get(key);
  if (!titles) {
    const spans = [titleBefore(text, span.start, line.start), titleAfter(text, span.end, line.end)];
    memo.set(key, (titles = spans.flatMap((s) => (s ? splitTitles(text, s) : []))));
  }
  return titles.map((t) => ({ ...t }));
}

/**
 * The part of a line a mention's posts may come from: never across another person's name, so that in
 * "le conseiller du président X, le ministre de l’Énergie Y et le vice-Premier ministre Z" each post
 * stays with its own holder.
 */
export function between(line: Line, prev?: Span, next?: Span): Line {
  const start = prev && prev.end > line.start && prev.end <= line.end ? prev.end : line.start;
  const end = next && next.start < line.end && next.start >= line.start ? next.start : line.end;
  return { start, end };
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  for (const m of matchAll(text, /[^\r\n]+/g)) {
    if (!/^\s*https?:\/\//.test(m[0])) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function lineOf(lines: readonly Line[], offset: number): Line {
  return lines.find((l) => offset >= l.start && offset < l.end) ?? { start: offset, end: offset };
}

export function lineAround(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.slice(offset).search(/[\r\n]/);
  return { start, end: nl < 0 ? text.length : offset + nl };
}
