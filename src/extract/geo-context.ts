import type { ParsedDocument, Span } from '../model/index.js';
import { normalizeName } from './normalize-name.js';
import type { Candidate } from './types.js';

export const isRegion = (c: Candidate) => c.type === 'Region';
export const isOrganization = (c: Candidate) => c.type === 'Organization';
export const kindOf = (c: Candidate) => String(c.properties?.kind ?? '');
export const within = (c: Candidate, s: Span) => s.start <= c.span.start && c.span.end <= s.end;
/** The grouping key resolution uses: the lexicon name, else the normalised surface form. */
export const keyOf = (c: Candidate) => c.canonical ?? normalizeName(c.name);

/** Regions of one event, in text order. */
export function regionsOfEvent(found: readonly Candidate[], event: number): Candidate[] {
  return found.filter((c) => isRegion(c) && c.event === event).sort((a, b) => a.span.start - b.span.start);
}

/**
 * The federal subject an event is about: the first one its title names ("Rencontre avec le gouverneur
 * du territoire de Perm …"), else the one its place line names ("– Région de Kursk"). A federal city
 * counts only from the title: every Kremlin place line says "Moscou".
 */
export function focusRegion(doc: ParsedDocument, found: readonly Candidate[], event: number): Candidate | undefined {
  const ev = doc.events.find((e) => e.index === event);
  if (!ev) return undefined;
  const regions = regionsOfEvent(found, event);
  const subject = (c: Candidate) => kindOf(c) === 'federal_subject';
  // The heading repeats the title: a region named in either counts as the title's.
  const inTitle = (c: Candidate) => within(c, ev.title) || within(c, ev.heading);
  const fromTitle = regions.find((c) => inTitle(c) && (subject(c) || c.properties?.subjectKind === 'federal_city'));
  if (fromTitle) return fromTitle;
  return ev.place ? regions.find((c) => within(c, ev.place!) && subject(c)) : undefined;
}

/** True when the event's title says it is a meeting with the head of a region. */
export function isRegionalMeeting(doc: ParsedDocument, event: number): boolean {
  const ev = doc.events.find((e) => e.index === event);
  return !!ev && /gouverneur|chef\s+(?:de\s+la\s+région|du\s+territoire|de\s+la\s+république)|président\s+de\s+la\s+république\s+d|maire\s+de/iu.test(ev.title.text);
}

/** Another candidate of the same entity (same key), preferably in the same event. */
export function sameEntityIn(found: readonly Candidate[], key: string, event: number): Candidate | undefined {
  const same = found.filter((c) => isRegion(c) && keyOf(c) === key);
  return same.find((c) => c.event === event) ?? same[0];
}
