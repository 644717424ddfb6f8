import { distance } from 'fastest-levenshtein';
import type { Paragraph, ParsedDocument, ParsedEvent, Span, TextSpan } from '../../../model/index.js';
import { normalizeName } from '../../core/normalize-name.js';
import type { Candidate } from '../../core/types.js';

/** One speaker's stretch of an event: their turn paragraph and the prose paragraphs that follow it. */
export interface Turn extends Span {
  /** The person at the speaker name, or the self-introduced journalist when the stretch opens with an intro. */
  speaker?: Candidate;
  title?: TextSpan;
  journalist?: Candidate;
  paragraphs: Paragraph[];
  /** The stretch asks a question ("… et quelle sera votre réponse?"). */
  asks: boolean;
}

/** A person's key within a document: the folded surname ("Mr. Poutine", "Vladimir Poutine" → "poutine"). */
export const personKey = (name: string): string => normalizeName(name).split(' ').at(-1) ?? '';

/** The Person candidate at `span` (a speaker or journalist name), if a finder proposed one there. */
export const personAt = (found: readonly Candidate[], span: Span): Candidate | undefined =>
  found.find((c) => c.type === 'Person' && c.span.start === span.start);

// A journalist opens with a greeting or speaks of their question: "Bonjour. Natalya Breus, …", "Ma première question …".
// An answer may speak of "la question posée"; only the asker says "ma question" or "je voudrais demander".
const ASKING =
  /\b(?:bonjour|bonsoir|(?:ma|une|mon|une autre|ma première|ma deuxième|ma dernière) question|je voudrais (?:vous )?(?:demander|poser)|j[’']aimerais (?:savoir|demander))/iu;

/** Splits an event into speaker stretches; prose before the first turn belongs to none. */
export function turnsOf(doc: ParsedDocument, event: ParsedEvent, people: readonly Candidate[]): Turn[] {
  const turns: Turn[] = [];
  for (const p of event.paragraphs) {
    const opens = p.kind === 'turn' && p.speaker;
    const intro = p.journalist ? personAt(people, p.journalist.name) : undefined;
    if (opens || (intro && !turns.at(-1)?.journalist)) {
      const speaker = p.speaker ? personAt(people, p.speaker.name) : intro;
      turns.push({
        start: p.start,
        end: p.end,
        paragraphs: [p],
        asks: false,
        ...(speaker && { speaker }),
        ...(p.speaker?.title && { title: p.speaker.title }),
        ...(intro && { journalist: intro }),
      });
    } else if (turns.length && p.kind !== 'url') {
      const t = turns.at(-1)!;
      t.paragraphs.push(p);
      t.end = p.end;
      if (intro && !t.journalist) t.journalist = intro;
    }
  }
  const counts = new Map<string, number>();
  for (const t of turns)
    if (t.speaker) counts.set(personKey(t.speaker.name), (counts.get(personKey(t.speaker.name)) ?? 0) + 1);
  for (const t of turns) {
    const text = doc.text.slice(t.start, t.end);
    const few = t.speaker ? (counts.get(personKey(t.speaker.name)) ?? 0) <= 2 : true;
    t.asks = text.includes('?') && (ASKING.test(text) || few);
  }
  return turns;
}

/**
 * The person the compilation is about (the president): present in the most events, speaking the most,
 * titled "Président". Null when the document names no one.
 */
export function principalOf(
  doc: ParsedDocument,
  people: readonly Candidate[],
): { key: string; mention: Candidate } | null {
  const score = new Map<
    string,
    { events: Set<number>; turns: number; president: boolean; mention: Candidate }
  >();
  const entry = (c: Candidate) => {
    const key = personKey(c.name);
    let s = score.get(key);
    if (!s) score.set(key, (s = { events: new Set(), turns: 0, president: false, mention: c }));
    if (c.name.includes(' ') && !s.mention.name.includes(' ')) s.mention = c;
    return s;
  };
  for (const c of people) {
    const s = entry(c);
    if (c.event > 0) s.events.add(c.event);
    const titles = c.properties?.titles;
    if (Array.isArray(titles) && titles.some((t) => /^pr[ée]sident\b/iu.test(String(t)))) s.president = true;
  }
  for (const event of doc.events) {
    for (const p of event.paragraphs) {
      const speaker = p.speaker && personAt(people, p.speaker.name);
      if (speaker) entry(speaker).turns++;
    }
  }
  // "Rencontre avec le président de la République du Tatarstan Rustam Minnikhanov": whoever a title meets
  // is that event's guest, not the host, however often a single page names him.
  const guests = new Set(people.filter((c) => isTitleGuest(doc, c)).map((c) => personKey(c.name)));
  // "Minikhanov" is the typo of the guest "Minnikhanov": a guest too.
  const isGuest = (key: string) => [...guests].some((g) => similarSurnames(g, key));
  const hosts = [...score.keys()].filter((key) => !isGuest(key));
  let best: { key: string; mention: Candidate; value: number } | null = null;
  for (const [key, s] of score) {
    if (hosts.length && isGuest(key)) continue;
    const value = s.events.size * 10 + Math.min(s.turns, 20) + (s.president ? 5 : 0);
    if (!best || value > best.value) best = { key, mention: s.mention, value };
  }
  return best && { key: best.key, mention: best.mention };
}

// "Rencontre avec …", "Conversation téléphonique avec …", "Meeting with …".
const MEETS = /\b(?:avec|with)\s/iu;

/** True for a person named in an event title after "avec": the one the event meets. */
function isTitleGuest(doc: ParsedDocument, c: Candidate): boolean {
  const title = doc.events[c.event - 1]?.title;
  if (!title || c.span.start < title.start || c.span.end > title.end) return false;
  return MEETS.test(doc.text.slice(title.start, c.span.start));
}

/** One surname spelt twice ("minnikhanov", "minikhanov"): one edit per five letters. */
function similarSurnames(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  return shorter >= 5 && distance(a, b) <= Math.floor(shorter / 5);
}
