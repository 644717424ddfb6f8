import type { ParsedDocument, ParsedEvent, Span } from '../model/index.js';
import { normalizeName } from './normalize-name.js';
import { sentenceAt } from './sentences.js';
import type { Candidate, RelationCandidate } from './types.js';
import { OPERATION_TRIGGER, RELATIVE_DIRECTION } from './unit-lexicon.js';

const inside = (c: Candidate, s: Span) => c.span.start >= s.start && c.span.end <= s.end;
const regionKey = (c: Candidate) => normalizeName(c.canonical ?? c.name);

/**
 * OPERATED_IN from three readings:
 * - a sentence that tells of fighting, advancing, liberating or deploying names units and places
 *   ("la Malaisie Loknya … ont été libérées au cours des opérations entreprises par la 34e brigade");
 * - a group of forces named after its place ("groupe de forces à Kursk");
 * - an event held in a region where the text reports combat (a briefing at the Kursk command post):
 *   every unit it names, except those named only as someone's parent, operated there.
 */
export function findOperations(
  doc: ParsedDocument,
  found: readonly Candidate[],
  parents: ReadonlySet<Candidate>,
): RelationCandidate[] {
  const units = found.filter((c) => c.type === 'MilitaryUnit');
  const regions = found.filter((c) => c.type === 'Region');
  const out = new Map<string, RelationCandidate>();
  const add = (unit: Candidate, region: Candidate, evidence: Span) => {
    const key = `${unit.span.start}|${regionKey(region)}`;
    if (!out.has(key)) out.set(key, { type: 'OPERATED_IN', source: { candidate: unit }, target: { candidate: region }, evidence });
  };
  for (const unit of units) {
    const sentence = sentenceAt(doc, unit.span.start);
    if (unit.properties?.echelon === 'group') {
      for (const r of regions) if (inside(r, unit.span)) add(unit, areaNamed(r, regions), sentence);
    }
    if (parents.has(unit) || !tellsOfCombat(doc.text, sentence, units)) continue;
    for (const r of placesIn(doc.text, sentence, regions, units)) add(unit, r, sentence);
  }
  for (const event of doc.events) {
    const theatre = theatreOf(doc, event, regions, units);
    if (!theatre) continue;
    for (const unit of units) {
      if (unit.event === event.index && !parents.has(unit)) add(unit, theatre, sentenceAt(doc, unit.span.start));
    }
  }
  return [...out.values()];
}

// Unit names hold trigger words of their own ("brigade d’assaut aérien"): look only at the rest.
function tellsOfCombat(text: string, sentence: Span, units: readonly Candidate[]): boolean {
  let s = text.slice(sentence.start, sentence.end);
  for (const u of units) {
    if (!inside(u, sentence)) continue;
    const a = u.span.start - sentence.start;
    s = s.slice(0, a) + ' '.repeat(u.span.end - u.span.start) + s.slice(u.span.end - sentence.start);
  }
  return OPERATION_TRIGGER.test(s);
}

// Places of the action: not those inside a unit's name ("flotte de la mer Noire"), not a bearing
// ("au nord de la Malaisie Loknya"), and a country only when no nearer place is named ("région de
// Sumy de l’Ukraine" → Sumy; "déployé au Bélarus" → Bélarus).
function placesIn(text: string, sentence: Span, regions: readonly Candidate[], units: readonly Candidate[]): Candidate[] {
  const here = regions.filter(
    (r) =>
      inside(r, sentence) &&
      !units.some((u) => inside(r, u.span)) &&
      !RELATIVE_DIRECTION.test(text.slice(Math.max(sentence.start, r.span.start - 24), r.span.start)),
  );
  const local = here.filter((r) => r.properties?.kind !== 'country');
  return local.length > 0 ? local : here;
}

/** The event's place when the event's own text reports combat there. */
function theatreOf(
  doc: ParsedDocument,
  event: ParsedEvent,
  regions: readonly Candidate[],
  units: readonly Candidate[],
): Candidate | undefined {
  if (!event.place) return undefined;
  const place = regions.find((r) => inside(r, event.place!));
  if (!place) return undefined;
  const key = regionKey(place);
  return regions.some(
    (r) =>
      r.event === event.index &&
      r !== place &&
      regionKey(r) === key &&
      tellsOfCombat(doc.text, sentenceAt(doc, r.span.start), units),
  )
    ? place
    : undefined;
}

// A group of forces is named after a region, not its capital city: "groupe de forces Kursk" operates
// in "Région de Kursk" when the text names that region too.
function areaNamed(nested: Candidate, regions: readonly Candidate[]): Candidate {
  if (nested.properties?.kind !== 'city') return nested;
  const name = normalizeName(nested.name);
  const area = regions.find(
    (r) => r.properties?.kind !== 'city' && r.properties?.kind !== 'country' && normalizeName(r.name).endsWith(` ${name}`),
  );
  return area ?? nested;
}
