import type { Paragraph, ParsedDocument, ParsedEvent, Span } from '../../../model/index.js';
import { principalOf, personKey, type Turn, turnsOf } from './person-turns.js';
import { sentenceAt } from '../../core/sentences.js';
import { AWARDED, cueMentions, PAST_YEAR, PRESENT, proseOf, SIGNING } from './presence-cues.js';
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
    const lead = leadParagraphs(event);
    for (const [c, sentence] of cueMentions(doc, lead, inEvent, /\b(?:avec|with)\b/iu, { afterOnly: true }))
      add(c, 'guest', sentence);
    // "Le titre de Héros du Travail a été décerné au chef d’équipe … Pavel Lytkine": a recipient is a guest.
    if (event.kind === 'ceremony')
      for (const [c, sentence] of cueMentions(doc, proseOf(event), inEvent, AWARDED))
        add(c, 'guest', sentence);
    for (const [c, sentence] of cueMentions(doc, lead, inEvent, BRIEFED)) add(c, 'briefer', sentence);
    for (const t of turns) {
      if (!t.speaker) continue;
      const role: Role = asksQuestions(event, t)
        ? 'journalist'
        : event.kind === 'talks'
          ? 'guest'
          : 'speaker';
      add(t.speaker, role, sentenceAt(doc, t.speaker.span.start));
    }
    for (const [c, sentence] of cueMentions(doc, lead, inEvent, ATTENDED)) add(c, 'participant', sentence);
    for (const [c, sentence] of cueMentions(doc, proseOf(event), inEvent, PRESENT))
      add(c, 'participant', sentence);
    // Signatories at talks or a meeting sign there; on the telephone nobody signs in the room.
    if (event.kind !== 'call')
      for (const [c, sentence] of cueMentions(doc, proseOf(event), inEvent, SIGNING, { unless: PAST_YEAR }))
        add(c, 'participant', sentence);
    return [...list.values()];
  });
}

// "Ont participé à la réunion la présidente du Conseil de la Fédération Valentina Matviyenko, le président
// de la Douma d’État Vyacheslav Volodin, …": everyone the attendance sentence names took part.
const ATTENDED =
  /\b(?:ont|a|avaient|avait) (?:participé|pris part)|\bparticipaient\b|\ben présence de\b|\bparmi les participants\b|\btook part\b|\battended by\b/iu;

// "Le commandant suprême en chef a été informé par … Valery Gerasimov", "X a fait un rapport", "Vladimir
// Poutine a entendu le rapport du ministre … et du commandant …".
const BRIEFED =
  /informée?s? par|a fait (?:un |son )?rapport|a rendu compte|(?:a|ont) présenté (?:un|son) rapport|(?:a|ont) entendu (?:le |les |un |des )?rapports?|briefed by/iu;

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
