import type { ParsedDocument, ParsedEvent, Span } from '../../../model/index.js';
import { normalizeName } from '../../core/normalize-name.js';
import { sentenceAt } from '../../core/sentences.js';
import type { Candidate, RelationCandidate } from '../../core/types.js';
import { byEvent, createSpanSearch } from '../../core/span-search.js';
import { tellsAction } from './unit-lexicon.js';
import { walkParagraphs } from './unit-paragraphs.js';
import { type Context, isDirection, placesIn, withoutUnits } from './unit-places.js';

const keys = new WeakMap<Candidate, string>();
const regionKey = (c: Candidate) => {
  let k = keys.get(c);
  if (k === undefined) keys.set(c, (k = normalizeName(c.canonical ?? c.name)));
  return k;
};

/**
 * OPERATED_IN from four readings:
 * - a sentence that tells of fighting, advancing, liberating or deploying names units and places
 *   ("la Malaisie Loknya … ont été libérées au cours des opérations entreprises par la 34e brigade");
 * - the sentences around it in the paragraph: places told next ("Les localités de Novoalexandrovka …
 *   ont été libérées") and units credited next ("Le plus grand succès a été obtenu par la 27e division");
 * - a group of forces named after its place ("groupe de forces à Kursk");
 * - an event held in a region where the text reports combat (a briefing at the Kursk command post):
 *   every unit it names, except large formations named only as someone's parent and units sent
 *   along an axis elsewhere, operated there.
 */
export function findOperations(
  doc: ParsedDocument,
  found: readonly Candidate[],
  parents: ReadonlySet<Candidate>,
): RelationCandidate[] {
  const units = found.filter((c) => c.type === 'MilitaryUnit');
  const allRegions = found.filter((c) => c.type === 'Region');
  const allRegionsIn = createSpanSearch(allRegions);
  // A place inside a unit's or a body's name is not where anyone fought: "flotte de la mer Noire".
  const nested = new Set<Candidate>();
  for (const b of found) {
    if (b.type === 'MilitaryUnit' || b.type === 'Organization')
      for (const r of allRegionsIn(b.span)) nested.add(r);
  }
  const regions = allRegions.filter((r) => !nested.has(r));
  const out = new Map<string, RelationCandidate>();
  // Units sent along an axis ("avancent en direction de Soumy") fight there, not where the event was held.
  const directed = new Set<Candidate>();
  const add = (unit: Candidate, region: Candidate, evidence: Span) => {
    if (isDirection(doc.text, region)) directed.add(unit);
    const key = `${unit.span.start}|${regionKey(region)}`;
    if (!out.has(key)) {
      out.set(key, {
        type: 'OPERATED_IN',
        source: { candidate: unit },
        target: { candidate: region },
        evidence,
      });
    }
  };
  const sentences = new Map<number, Span>();
  const sentence = (offset: number) => {
    let s = sentences.get(offset);
    if (!s) sentences.set(offset, (s = sentenceAt(doc, offset)));
    return s;
  };
  const ctx: Context = {
    doc,
    units,
    unitsIn: createSpanSearch(units),
    regionsIn: createSpanSearch(regions),
    parents,
    sentence,
    add,
  };
  for (const unit of units) {
    if (unit.properties?.echelon === 'group') {
      for (const r of allRegionsIn(unit.span)) add(unit, areaNamed(r, allRegions), sentence(unit.span.start));
    }
  }
  const paragraphs = createParagraphCheck(doc);
  for (const unit of units) {
    if (parents.has(unit) || paragraphs(unit)) continue;
    const s = sentence(unit.span.start);
    if (!tellsAction(withoutUnits(doc.text, s, ctx.unitsIn(s)))) continue;
    for (const r of placesIn(doc.text, s, ctx.regionsIn(s))) add(unit, r, s);
  }
  const unitsByEvent = byEvent(units);
  const regionsByEvent = byEvent(regions);
  for (const event of doc.events) {
    walkParagraphs(ctx, event);
    const theatre = theatreOf(ctx, event, regionsByEvent.get(event.index) ?? []);
    if (!theatre) continue;
    for (const unit of unitsByEvent.get(event.index) ?? []) {
      if (!parents.has(unit) && !directed.has(unit)) add(unit, theatre, sentence(unit.span.start));
    }
  }
  return [...out.values()];
}

/** The event's place when the event's own text reports combat there. */
function theatreOf(ctx: Context, event: ParsedEvent, regions: readonly Candidate[]): Candidate | undefined {
  if (!event.place) return undefined;
  const place = ctx.regionsIn(event.place)[0];
  if (!place) return undefined;
  const key = regionKey(place);
  const fought = regions.some((r) => {
    if (r === place || regionKey(r) !== key) return false;
    const s = ctx.sentence(r.span.start);
    return tellsAction(withoutUnits(ctx.doc.text, s, ctx.unitsIn(s)));
  });
  return fought ? place : undefined;
}

// A group of forces is named after a region, not its capital city: "groupe de forces Kursk" operates
// in "Région de Kursk" when the text names that region too.
function areaNamed(nested: Candidate, regions: readonly Candidate[]): Candidate {
  if (nested.properties?.kind !== 'city') return nested;
  const name = normalizeName(nested.name);
  const area = regions.find(
    (r) =>
      r.properties?.kind !== 'city' &&
      r.properties?.kind !== 'country' &&
      normalizeName(r.name).endsWith(` ${name}`),
  );
  return area ?? nested;
}

// Text the parser left outside every paragraph (no event found) is read sentence by sentence.
function createParagraphCheck(doc: ParsedDocument): (c: Candidate) => boolean {
  const spans = doc.events.flatMap((e) => e.paragraphs).sort((a, b) => a.start - b.start);
  return (c) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.start <= c.span.start) lo = mid + 1;
      else hi = mid;
    }
    const p = spans[lo - 1];
    return p !== undefined && c.span.end <= p.end;
  };
}
