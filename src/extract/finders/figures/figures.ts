import type { ParsedDocument, ParsedEvent, Span } from '../../../model/index.js';
import { directionOf, measureOf, periodOf } from './figure-context.js';
import { findFigureMentions, type FigureMention } from './figure-mentions.js';
import { guestOf, personFor, reporterIn, type Leaders } from './figure-speaker.js';
import { personKey, principalOf } from '../events/person-turns.js';
import { findPositions } from '../positions/positions.js';
import {
  eventCompanyOf,
  eventSubjectOf,
  homeCountryOf,
  subjectOf,
  targetsOf,
  type Subject,
} from './figure-subject.js';
import { singular } from './figure-units.js';
import { normalizeName } from '../../core/normalize-name.js';
import { splitSentences } from '../../core/sentences.js';
import type { Candidate, ExtractorOutput, RelationCandidate } from '../../core/types.js';

/** One figure of an event with every sentence that states it ("plus de 90%… Mais plus de 90% l’ont fait"). */
interface FigureGroup {
  head: Candidate;
  mentions: { span: Span; sentence: Span; speaker?: Candidate; subject?: Subject }[];
  measureHead: string;
}

const SKIPPED = new Set(['dateline', 'place', 'url']);
const NAMED_TYPES = new Set(['Person', 'Region', 'Organization', 'MilitaryUnit']);

/**
 * Figures (one quantitative statement each) with STATED (speaker in scope → figure) and
 * MEASURES (figure → region, organisation, unit or agreement in scope). `found` holds every other candidate.
 */
export function findFigures(doc: ParsedDocument, found: readonly Candidate[]): ExtractorOutput {
  const candidates: Candidate[] = [];
  const relations: RelationCandidate[] = [];
  // each event only looks at its own mentions: a 10 MB corpus must not rescan every candidate per sentence
  const byEvent = new Map<number, Candidate[]>();
  for (const c of found) byEvent.set(c.event, [...(byEvent.get(c.event) ?? []), c]);
  const people = found.filter((c) => c.type === 'Person');
  const principal = principalOf(doc, people);
  const leaders: Leaders = principal ? { host: principal.mention, hostKey: principal.key } : {};
  const home = homeCountryOf(found);
  const bodies = bodiesOf(doc, found);
  for (const ev of doc.events) {
    const scope = { leaders, home, bodies };
    for (const g of figuresOfEvent(doc, byEvent.get(ev.index) ?? [], people, ev, scope)) {
      candidates.push(g.head);
      relations.push(...relationsOf(doc.text, g));
    }
  }
  return { candidates, relations };
}

function figuresOfEvent(
  doc: ParsedDocument,
  found: readonly Candidate[],
  everyone: readonly Candidate[],
  ev: ParsedEvent,
  { leaders, home, bodies }: { leaders: Leaders; home?: Candidate; bodies: Map<string, Candidate> },
): FigureGroup[] {
  const groups: FigureGroup[] = [];
  const targets = targetsOf(found, ev);
  const eventSubject = eventSubjectOf(found, ev);
  const company = eventCompanyOf(found, ev);
  const named = found.filter(
    (c) => NAMED_TYPES.has(c.type) && c.span.start >= ev.start && c.span.end <= ev.end,
  );
  let reporter = guestOf(found, ev);
  let turnSpeaker: Candidate | undefined;
  let inTurns = false;
  let currency: string | undefined;
  const subjects = new Map<FigureMention, Subject | undefined>();
  for (const p of ev.paragraphs) {
    if (SKIPPED.has(p.kind)) continue;
    if (p.kind === 'turn' && p.speaker)
      [inTurns, turnSpeaker] = [
        true,
        personFor(found, p.speaker.name, p.speaker.name.text) ??
          personFor(everyone, p.speaker.name, p.speaker.name.text),
      ];
    if (p.journalist)
      [inTurns, turnSpeaker] = [
        true,
        personFor(found, p.journalist.name, p.journalist.name.text) ??
          personFor(everyone, p.journalist.name, p.journalist.name.text),
      ];
    const body = p.kind === 'turn' && p.body ? p.body : p;
    let previous: { sentence: Span; last?: FigureMention } | undefined;
    for (const sentence of splitSentences(doc.text, body.start, body.end)) {
      // prose after the turns that names its reporter is narrative again: "PHOTO 2 Le gouverneur a précisé que…"
      const narrator =
        p.kind === 'turn' || p.journalist ? undefined : reporterIn(doc, found, ev, sentence, leaders);
      if (narrator) [inTurns, reporter] = [false, narrator];
      const mentions = findFigureMentions(doc.text, sentence, previous?.last).filter(
        (m) => !named.some((c) => overlaps(c.span, m.number)),
      );
      for (const m of mentions) {
        if (m.kind === 'currency') currency = m.unit ?? currency;
        // "120 milliards", "32 milliards d’investissements": the currency last named in the event, roubles by default
        const unit = m.kind === 'money' ? (currency ?? 'RUB') : m.unit;
        if (!unit) continue;
        const speaker = inTurns ? turnSpeaker : reporter;
        // "Oksana Lout: … Nous proposons d’augmenter de 20 milliards": a minister speaks for the state she serves
        const body =
          speaker && personKey(speaker.name) !== leaders.hostKey
            ? bodies.get(personKey(speaker.name))
            : undefined;
        const scope = { home, company, ...(body ? { body } : {}) };
        const own = subjectOf(doc, targets, m.span, sentence, previous?.sentence, eventSubject, scope);
        // "six navires…, et les deux premiers": the ellipsis is about what its antecedent is about
        const borrowed = m.antecedent ? subjects.get(m.antecedent) : undefined;
        const subject = borrowed && (!own || borrowed.rank <= own.rank || own.rank >= 3) ? borrowed : own;
        subjects.set(m, subject);
        addMention(groups, doc, ev, { ...m, unit }, sentence, speaker, subject);
      }
      previous = { sentence, last: mentions[mentions.length - 1] };
    }
  }
  return groups;
}

/** The body each person holds a post in, by person key: the first post the text states. */
function bodiesOf(doc: ParsedDocument, found: readonly Candidate[]): Map<string, Candidate> {
  const bodies = new Map<string, Candidate>();
  for (const r of findPositions(doc, found)) {
    if (!('candidate' in r.source) || !('candidate' in r.target)) continue;
    const key = personKey(r.source.candidate.name);
    if (!bodies.has(key)) bodies.set(key, r.target.candidate);
  }
  return bodies;
}

function addMention(
  groups: FigureGroup[],
  doc: ParsedDocument,
  ev: ParsedEvent,
  m: FigureMention & { unit: string },
  sentence: Span,
  speaker?: Candidate,
  subject?: Subject,
): void {
  const measure = measureOf(doc.text, sentence, m);
  const measureHead = headOf(measure);
  const mention = {
    span: m.span,
    sentence,
    ...(speaker ? { speaker } : {}),
    ...(subject ? { subject } : {}),
  };
  const same = groups.find((g) => {
    const v = g.head.properties!.value as number;
    const close = v === 0 ? m.value === 0 : Math.abs(v - m.value) / Math.abs(v) <= 0.005;
    return (
      close &&
      g.head.properties!.unit === m.unit &&
      (!g.measureHead || !measureHead || g.measureHead === measureHead)
    );
  });
  if (same) {
    same.mentions.push(mention);
    if (!same.measureHead) same.measureHead = measureHead;
    return;
  }
  const raw = doc.text.slice(m.span.start, m.span.end);
  const head: Candidate = {
    type: 'Figure',
    name: raw,
    span: m.span,
    event: ev.index,
    properties: {
      value: m.value,
      unit: m.unit,
      raw,
      measure,
      period: periodOf(doc.text, sentence, m),
      direction: directionOf(doc.text, sentence, m),
      ...(m.valueMax !== undefined ? { value_max: m.valueMax } : {}),
    },
  };
  groups.push({ head, mentions: [mention], measureHead });
}

function relationsOf(text: string, g: FigureGroup): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  // who gives the figure first states it; a figure restated later keeps its first source, but a question
  // passes it on: the journalist asking about "28 programmes" and the president answering both state it
  const speakers = new Set<Candidate>();
  let asked = true;
  for (const m of g.mentions) {
    if (!m.speaker || !asked) continue;
    asked = /\?\s*$/u.test(text.slice(m.sentence.start, m.sentence.end));
    if ([...speakers].some((s) => sameName(s, m.speaker!))) continue;
    speakers.add(m.speaker);
    out.push({
      type: 'STATED',
      source: { candidate: m.speaker },
      target: { candidate: g.head },
      evidence: m.sentence,
    });
  }
  const about = g.mentions.filter((m) => m.subject).sort((a, b) => a.subject!.rank - b.subject!.rank)[0];
  if (about)
    out.push({
      type: 'MEASURES',
      source: { candidate: g.head },
      target: { candidate: about.subject!.candidate },
      evidence: about.sentence,
    });
  return out;
}

const sameName = (a: Candidate, b: Candidate) =>
  normalizeName(a.canonical ?? a.name) === normalizeName(b.canonical ?? b.name);
const overlaps = (a: Span, b: Span) => a.start < b.end && a.end > b.start;
const DETERMINERS =
  /^(?:le|la|les|l['’]|un|une|des|du|de|d['’]|ces|cette|nos|notre|leurs?|ses|son|sa|tous|toutes|plus)$/iu;

// "mortalité par maladie cardiovasculaire" and "taux de mortalité…" are two figures of 20%; "nos citoyens" and "" are one.
function headOf(measure: string): string {
  const word = measure.split(/\s+/).find((w) => w && !DETERMINERS.test(w));
  return word ? singular(word.replace(/^\p{L}['’]/u, '')) : '';
}
