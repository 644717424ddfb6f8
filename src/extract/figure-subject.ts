import type { ParsedDocument, ParsedEvent, Span } from '../model/index.js';
import { normalizeName } from './normalize-name.js';
import type { Candidate } from './types.js';

const TARGET_TYPES = new Set(['Region', 'Organization', 'MilitaryUnit', 'Agreement']);
// How sure the subject is, best first: inside or right after the figure, earlier in the sentence, the previous sentence, the event.
export type SubjectRank = 1 | 2 | 3 | 4 | 5;
export interface Subject {
  candidate: Candidate;
  rank: SubjectRank;
}

// "67.000 militaires … des forces armées ukrainiennes", "259 km2 du territoire de la région de Kursk",
// "un seul centre dans la région de Moscou" — but not "six projets … par Ualkali" (an agent is no subject).
const LINK_AFTER = /(?:\bd[eu]s?\s+|\bd['’]|\bde la\s+|\bde l['’]|\bdans (?:la |le |les |l['’])?|\ben\s+|\bau\s+)$/iu;
const GENERIC_REGION = /\b(?:la|cette) région\b(?!\s+(?:de|du|d['’]))|\ble territoire\b(?!\s+(?:de|du|d['’]))|\bla république\b(?!\s+(?:de|du|d['’]))/iu;
const HOST = /^(?:federation de )?russie$/;
// Rivers, sea routes, zones and sites are where things happen, not what statistics are about:
// "les expéditions le long de la route de la mer du Nord augmentant de 30%" measures the region.
const MINOR_KINDS = new Set(['area', 'site']);

/** Candidates a figure may measure in one event, in text order. */
export function targetsOf(found: readonly Candidate[], ev: ParsedEvent): Candidate[] {
  const placeKey = ev.place ? normalizeName(ev.place.text) : '';
  return found
    .filter((c) => TARGET_TYPES.has(c.type) && c.span.start >= ev.start && c.span.end <= ev.end)
    .filter((c) => !(ev.place && c.span.start >= ev.place.start && c.span.end <= ev.place.end))
    .filter((c) => !(c.type === 'Region' && (c.properties?.kind === 'site' || (placeKey && placeKey.includes(normalizeName(c.name)) && c.properties?.kind !== 'federal_subject'))))
    .sort((a, b) => a.span.start - b.span.start);
}

/**
 * What the event is about when a sentence says nothing: the region or body of the heading
 * ("Rencontre avec le gouverneur de la région d’Arkhangelsk"), else of the lead paragraphs, else the place line.
 * The host country (Russia) is skipped in favour of the partner: "Pourparlers russo-biélorusses" are about Belarus.
 */
export function eventSubjectOf(found: readonly Candidate[], ev: ParsedEvent): Candidate | undefined {
  const targets = targetsOf(found, ev);
  const within = (s: Span) => (c: Candidate) => c.span.start >= s.start && c.span.end <= s.end;
  const lead = ev.paragraphs.filter((p) => p.kind !== 'place' && p.kind !== 'dateline').slice(0, 2);
  const heading = targets.filter((c) => within(ev.heading)(c) || within(ev.title)(c));
  const fromLead = targets.filter((c) => lead.some((p) => within(p)(c)));
  // "Visite d’un poste de commandement… – Région de Kursk": the place of a visit is what it is about;
  // "Novo-Ogaryovo, région de Moscou" for a meeting is only the venue
  const visit = ev.kind === 'visit' || /^(?:visite|voyage|déplacement|séjour)/iu.test(ev.title.text);
  const place = visit && ev.place ? found.filter((c) => c.type === 'Region' && within(ev.place!)(c) && !MINOR_KINDS.has(String(c.properties?.kind))) : [];
  const region = (list: Candidate[]) => list.find((c) => c.type === 'Region' && !isHost(c) && !MINOR_KINDS.has(String(c.properties?.kind)));
  const other = (list: Candidate[]) => list.find((c) => c.type !== 'Region');
  return region(heading) ?? region(fromLead) ?? region(place) ?? other(heading) ?? other(fromLead) ?? heading[0] ?? fromLead[0];
}

const isHost = (c: Candidate) => HOST.test(normalizeName(c.canonical ?? c.name));

/** The subject in scope of a figure at `figure` in `sentence` (after `previous`, the sentence before in the paragraph). */
export function subjectOf(
  doc: ParsedDocument,
  targets: readonly Candidate[],
  figure: Span,
  sentence: Span,
  previous: Span | undefined,
  eventSubject: Candidate | undefined,
): Subject | undefined {
  const text = doc.text;
  const usable = (c: Candidate) =>
    !(eventSubject && !isHost(eventSubject) && isHost(c)) && !(c.type === 'Region' && MINOR_KINDS.has(String(c.properties?.kind)));
  // "le port maritime d’Arkhangelsk" in a meeting about the Région d’Arkhangelsk stands for the region
  const lift = (c: Candidate): Candidate => (eventSubject && c !== eventSubject && isNamesake(c, eventSubject) ? eventSubject : c);
  const overlapping = targets.find((c) => c.span.start < figure.end && c.span.end > figure.start);
  if (overlapping) return { candidate: overlapping, rank: 1 };
  const following = targets.find((c) => {
    if (c.span.start < figure.end || c.span.end > sentence.end || !usable(c)) return false;
    const gap = text.slice(figure.end, c.span.start);
    return gap.length <= 60 && !/[,;:()]/.test(gap) && LINK_AFTER.test(gap);
  });
  if (following) return { candidate: lift(following), rank: 1 };
  // "Deux usines ouvriront à Kazan, et trois autres centres…": a coordinated clause starts a new scope
  const clauseStart = lastBoundary(text, sentence.start, figure.start);
  const before = targets.filter((c) => c.span.start >= clauseStart && c.span.end <= figure.start && usable(c));
  const nearest = before[before.length - 1];
  const generic = GENERIC_REGION.exec(text.slice(nearest ? nearest.span.end : clauseStart, figure.start));
  if (generic && eventSubject) return { candidate: eventSubject, rank: 2 };
  if (nearest) return { candidate: lift(nearest), rank: 2 };
  if (previous) {
    const inPrevious = targets.filter((c) => c.span.start >= previous.start && c.span.end <= previous.end && usable(c));
    const last = inPrevious[inPrevious.length - 1];
    if (last) return { candidate: lift(last), rank: 3 };
  }
  return eventSubject ? { candidate: eventSubject, rank: 4 } : undefined;
}

// A city named like the region ("Arkhangelsk" / "Région d’Arkhangelsk"), not a different place.
function isNamesake(c: Candidate, region: Candidate): boolean {
  if (c.type !== 'Region' || region.type !== 'Region' || c.properties?.kind !== 'city') return false;
  const city = normalizeName(c.canonical ?? c.name);
  const whole = normalizeName(region.canonical ?? region.name);
  return city.length > 2 && whole !== city && new RegExp(`(?:^| )${city}$`).test(whole);
}

const CLAUSE_BOUNDARY = /,\s*(?:et|mais|puis|tandis que|alors que)\s|;\s/giu;
function lastBoundary(text: string, from: number, to: number): number {
  let at = from;
  for (const m of text.slice(from, to).matchAll(CLAUSE_BOUNDARY)) at = from + m.index + m[0].length;
  return at;
}
