import type { ParsedDocument, Span } from '../../../model/index.js';
import { participantsOf } from './participation.js';
import { principalOf, personKey, type Turn, turnsOf } from './person-turns.js';
import { splitSentences } from '../../core/sentences.js';
import type { Candidate, RelationCandidate, RelationFinder } from '../../core/types.js';

/**
 * ASKED: a journalist's question goes to the people who answer it in the turns that follow, up to
 * the next journalist (both presidents at a joint press conference). With no answer in the text,
 * it goes to the people addressed by name ("Mr. Lukashenko, Mr. Poutine, ma question …"), or to the
 * principal for "Monsieur le Président".
 */
export const findAsked: RelationFinder = (doc, found) => {
  const people = found.filter((c) => c.type === 'Person');
  const principal = principalOf(doc, people);
  const out: RelationCandidate[] = [];
  const participants = participantsOf(doc, people);
  doc.events.forEach((event, e) => {
    const journalists = new Set(participants[e]!.filter((p) => p.role === 'journalist').map((p) => p.key));
    // A journalist's later turn without a question mark clarifies ("Anna Pyzh: Concernant les intérêts du Bélarus …").
    const isQuestion = (t: Turn) =>
      t.journalist ??
      (t.speaker && t.asks && journalists.has(personKey(t.speaker.name)) ? t.speaker : undefined);
    const turns = turnsOf(doc, event, people);
    turns.forEach((t, i) => {
      const asker = isQuestion(t);
      if (!asker) return;
      const evidence = questionSpan(doc, t);
      const targets = answerers(turns, i, asker, isQuestion);
      if (!targets.length) targets.push(...addressees(doc, t, people, asker, principal?.mention));
      for (const target of targets) {
        out.push({ type: 'ASKED', source: { candidate: asker }, target: { candidate: target }, evidence });
      }
    });
  });
  return out;
};

/** Distinct speakers after turn `i` until the next question. */
function answerers(
  turns: readonly Turn[],
  i: number,
  asker: Candidate,
  isQuestion: (t: Turn) => Candidate | undefined,
) {
  const out = new Map<string, Candidate>();
  const askerKey = personKey(asker.name);
  for (const t of turns.slice(i + 1)) {
    if (isQuestion(t)) break;
    if (!t.speaker) continue;
    const key = personKey(t.speaker.name);
    // "Anna Pyzh: Concernant les intérêts du Bélarus …" — the journalist clarifying her own question.
    if (key !== askerKey && !out.has(key)) out.set(key, t.speaker);
  }
  return [...out.values()];
}

/** People named in the question itself, or the principal addressed as "Monsieur le Président". */
function addressees(
  doc: ParsedDocument,
  t: Turn,
  people: readonly Candidate[],
  asker: Candidate,
  principal?: Candidate,
) {
  const askerKey = personKey(asker.name);
  const named = new Map<string, Candidate>();
  for (const c of people) {
    if (c.span.start >= t.start && c.span.end <= t.end && personKey(c.name) !== askerKey)
      named.set(personKey(c.name), c);
  }
  if (named.size) return [...named.values()];
  const text = doc.text.slice(t.start, t.end);
  return principal && /\b(?:Monsieur|Mr\.?|M\.)\s+(?:le\s+)?[Pp]r[ée]sident\b/u.test(text) ? [principal] : [];
}

/** The first sentence with a question mark in the stretch, else its first paragraph. */
function questionSpan(doc: ParsedDocument, t: Turn): Span {
  for (const p of t.paragraphs) {
    const q = splitSentences(doc.text, p.start, p.end).find((s) =>
      doc.text.slice(s.start, s.end).includes('?'),
    );
    if (q) return q;
  }
  return t.paragraphs[0] ?? t;
}
