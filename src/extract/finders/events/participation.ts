import type { Paragraph, ParsedDocument, ParsedEvent, Span } from '../../../model/index.js';
import { principalOf, personKey, type Turn, turnsOf } from './person-turns.js';
import { sentenceAt, splitSentences } from '../../core/sentences.js';
import type { Candidate, RelationCandidate, RelationFinder } from '../../core/types.js';

export type Role = 'host' | 'guest' | 'speaker' | 'briefer' | 'journalist' | 'participant';

/** One person acting in one event, with the mention and the text that show it. */
export interface Participant {
  key: string;
  role: Role;
  person: Candidate;
  evidence: Span;
}

/**
 * PARTICIPATED_IN: the document's principal (the president whose compilation it is) hosts every
 * event; people named in the event's title or met "avec" in its lead are guests; people reported
 * by ("informé par … Valery Gerasimov") are briefers; journalists introduce themselves or ask in a
 * press conference; other speakers speak. People only mentioned (Trump, Zelensky) do not participate.
 */
export const findParticipation: RelationFinder = (doc, found) =>
  participantsOf(doc, found).flatMap((list, i) =>
    list.map((p) => ({
      type: 'PARTICIPATED_IN' as const,
      source: { candidate: p.person },
      target: { event: doc.events[i]!.index },
      properties: { role: p.role },
      evidence: p.evidence,
    })),
  );

/** Participants per event (same order as doc.events), one per person, first role found wins. */
export function participantsOf(doc: ParsedDocument, found: readonly Candidate[]): Participant[][] {
  const people = found.filter((c) => c.type === 'Person');
  const principal = principalOf(doc, people);
  return doc.events.map((event) => {
    const list = new Map<string, Participant>();
    const add = (person: Candidate, role: Role, evidence: Span) => {
      const key = personKey(person.name);
      if (!list.has(key)) list.set(key, { key, role, person, evidence });
    };
    const inEvent = people.filter((c) => c.span.start >= event.start && c.span.start < event.end);
    if (principal) {
      const own = inEvent.find((c) => personKey(c.name) === principal.key) ?? principal.mention;
      add(own, 'host', own.event === event.index ? sentenceAt(doc, own.span.start) : event.heading);
    }
    const turns = turnsOf(doc, event, people);
    for (const t of turns) if (t.journalist) add(t.journalist, 'journalist', t.journalist.span);
    for (const c of inEvent)
      if (within(c.span, event.heading) || within(c.span, event.title)) add(c, 'guest', event.heading);
    for (const [c, sentence] of leadMentions(doc, event, inEvent, /\b(?:avec|with)\b/iu, true))
      add(c, 'guest', sentence);
    for (const [c, sentence] of leadMentions(doc, event, inEvent, BRIEFED, false))
      add(c, 'briefer', sentence);
    for (const t of turns) {
      if (!t.speaker) continue;
      const role: Role = asksQuestions(event, t)
        ? 'journalist'
        : event.kind === 'talks'
          ? 'guest'
          : 'speaker';
      add(t.speaker, role, sentenceAt(doc, t.speaker.span.start));
    }
    for (const [c, sentence] of leadMentions(doc, event, inEvent, ATTENDED, false))
      add(c, 'participant', sentence);
    return [...list.values()];
  });
}

// "Ont participé à la réunion la présidente du Conseil de la Fédération Valentina Matviyenko, le président
// de la Douma d’État Vyacheslav Volodin, …": everyone the attendance sentence names took part.
const ATTENDED =
  /\b(?:ont|a|avaient|avait) (?:participé|pris part)|\bparticipaient\b|\ben présence de\b|\bparmi les participants\b|\btook part\b|\battended by\b/iu;

// "Le commandant suprême en chef a été informé par … Valery Gerasimov", "X a fait un rapport".
const BRIEFED =
  /informée?s? par|a fait (?:un |son )?rapport|a rendu compte|(?:a|ont) présenté (?:un|son) rapport|briefed by/iu;

/**
 * People named in the lead's sentences holding `cue` (the paragraphs before any turn): after it only for
 * "avec", anywhere for a report ("informé par … Gerasimov", "… Sergueï Lavrov a fait rapport").
 */
function leadMentions(
  doc: ParsedDocument,
  event: ParsedEvent,
  people: readonly Candidate[],
  cue: RegExp,
  afterOnly: boolean,
) {
  const out: Array<[Candidate, Span]> = [];
  for (const p of leadParagraphs(event)) {
    for (const s of splitSentences(doc.text, p.start, p.end)) {
      const m = cue.exec(doc.text.slice(s.start, s.end));
      if (!m) continue;
      const after = afterOnly ? s.start + m.index : s.start - 1;
      for (const c of people) if (c.span.start > after && c.span.end <= s.end) out.push([c, s]);
    }
  }
  return out;
}

/** The lead: prose paragraphs before the first speaker turn, at most two. */
function leadParagraphs(event: ParsedEvent): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of event.paragraphs) {
    if (p.kind === 'turn' || out.length === 2) break;
    if (p.kind === 'lead' || p.kind === 'body') out.push(p);
  }
  return out;
}

/** A speaker who asks in a press conference and is no head of the meeting is a journalist. */
function asksQuestions(event: ParsedEvent, t: Turn): boolean {
  return event.kind === 'press_conference' && t.asks && !t.title;
}

const within = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;
