import type { ParsedDocument, Span } from '../../../model/index.js';
import { normalizeName } from '../../core/normalize-name.js';
import { sentenceAt, splitSentences } from '../../core/sentences.js';
import type { Candidate } from '../../core/types.js';

export const isRegion = (c: Candidate) => c.type === 'Region';
export const isOrganization = (c: Candidate) => c.type === 'Organization';
export const kindOf = (c: Candidate) => String(c.properties?.kind ?? '');
export const within = (c: Candidate, s: Span) => s.start <= c.span.start && c.span.end <= s.end;
/** The grouping key resolution uses: the lexicon name, else the normalised surface form. */
export const keyOf = (c: Candidate) => c.canonical ?? normalizeName(c.name);

const sentenceMemo = new WeakMap<ParsedDocument, Span[]>();

/** Every sentence of every event's paragraphs, in text order (split once per document). */
export function allSentences(doc: ParsedDocument): readonly Span[] {
  let all = sentenceMemo.get(doc);
  if (!all) {
    all = doc.events.flatMap((e) => e.paragraphs.flatMap((p) => splitSentences(doc.text, p.start, p.end)));
    all.sort((a, b) => a.start - b.start);
    sentenceMemo.set(doc, all);
  }
  return all;
}

/** sentenceAt, with every paragraph split once per document (relation finders ask per mention). */
export function sentenceOf(doc: ParsedDocument, offset: number): Span {
  const all = allSentences(doc);
  let lo = 0;
  let hi = all.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = all[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return sentenceAt(doc, offset);
}

/** The paragraph holding `offset`, if any. */
export function paragraphOf(doc: ParsedDocument, offset: number): Span | undefined {
  for (const e of doc.events) {
    if (offset < e.start || offset >= e.end) continue;
    return e.paragraphs.find((p) => offset >= p.start && offset < p.end);
  }
  return undefined;
}

/** Regions of one event, in text order. */
export function regionsOfEvent(found: readonly Candidate[], event: number): Candidate[] {
  return found.filter((c) => isRegion(c) && c.event === event).sort((a, b) => a.span.start - b.span.start);
}

/**
 * The federal subject an event is about: the first one its title names ("Rencontre avec le gouverneur
 * du territoire de Perm …"), else the one its place line names ("– Région de Kursk"). A federal city
 * counts only from the title: every Kremlin place line says "Moscou".
 */
const focusMemo = new WeakMap<readonly Candidate[], Map<number, Candidate | undefined>>();

export function focusRegion(
  doc: ParsedDocument,
  found: readonly Candidate[],
  event: number,
): Candidate | undefined {
  let byEvent = focusMemo.get(found);
  if (!byEvent) focusMemo.set(found, (byEvent = new Map()));
  if (!byEvent.has(event)) byEvent.set(event, findFocus(doc, found, event));
  return byEvent.get(event);
}

function findFocus(doc: ParsedDocument, found: readonly Candidate[], event: number): Candidate | undefined {
  const ev = doc.events.find((e) => e.index === event);
  if (!ev) return undefined;
  const regions = regionsOfEvent(found, event);
  const subject = (c: Candidate) => kindOf(c) === 'federal_subject';
  // The heading repeats the title: a region named in either counts as the title's.
  // "2/ Réunion avec le ministre … – le 26 novembre 2024 – Le Kremlin-Moscou": the heading may end
  // with the place line, which is no part of the title.
  const inTitle = (c: Candidate) =>
    within(c, ev.title) || (within(c, ev.heading) && !(ev.place && within(c, ev.place)));
  const fromTitle = regions.find(
    (c) => inTitle(c) && (subject(c) || c.properties?.subjectKind === 'federal_city'),
  );
  if (fromTitle) return fromTitle;
  return ev.place ? regions.find((c) => within(c, ev.place!) && subject(c)) : undefined;
}

/** True when the event's title says it is a meeting with the head of a region. */
export function isRegionalMeeting(doc: ParsedDocument, event: number): boolean {
  const ev = doc.events.find((e) => e.index === event);
  return (
    !!ev &&
    /gouverneur|chef\s+(?:de\s+la\s+région|du\s+territoire|de\s+la\s+république)|président\s+de\s+la\s+république\s+d|maire\s+de/iu.test(
      ev.title.text,
    )
  );
}

/** Another candidate of the same entity (same key), preferably in the same event. */
export function sameEntityIn(found: readonly Candidate[], key: string, event: number): Candidate | undefined {
  const same = found.filter((c) => isRegion(c) && keyOf(c) === key);
  return same.find((c) => c.event === event) ?? same[0];
}
