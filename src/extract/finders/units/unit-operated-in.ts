import type { ParsedDocument, ParsedEvent, Span } from '../../../model/index.js';
import { normalizeName } from '../../core/normalize-name.js';
import { sentenceAt, splitSentences } from '../../core/sentences.js';
import type { Candidate, RelationCandidate } from '../../core/types.js';
import { byEvent, createSpanSearch } from '../../core/span-search.js';
import {
  ANAPHORIC_SUBJECT,
  CREDIT_TRIGGER,
  DIRECTION_CUE,
  OPERATION_TRIGGER,
  RELATIVE_DIRECTION,
  THEATRE_CUE,
} from './unit-lexicon.js';
import { BEARING_CUE_BEFORE, THEATRE_CUE_BEFORE } from '../../core/text-windows.js';

const inside = (c: Candidate, s: Span) => c.span.start >= s.start && c.span.end <= s.end;
const keys = new WeakMap<Candidate, string>();
const regionKey = (c: Candidate) => {
  let k = keys.get(c);
  if (k === undefined) keys.set(c, (k = normalizeName(c.canonical ?? c.name)));
  return k;
};
const LOCAL_KINDS = new Set(['city', 'village', 'locality', 'settlement', 'site']);

interface Context {
  doc: ParsedDocument;
  units: readonly Candidate[];
  unitsIn: (s: Span) => Candidate[];
  regionsIn: (s: Span) => Candidate[];
  parents: ReadonlySet<Candidate>;
  sentence: (offset: number) => Span;
  add: (unit: Candidate, region: Candidate, evidence: Span) => void;
}

/**
 * OPERATED_IN from four readings:
 * - a sentence that tells of fighting, advancing, liberating or deploying names units and places
 *   ("la Malaisie Loknya … ont été libérées au cours des opérations entreprises par la 34e brigade");
 * - the sentences around it in the paragraph: places told next ("Les localités de Novoalexandrovka …
 *   ont été libérées") and units credited next ("Le plus grand succès a été obtenu par la 27e division");
 * - a group of forces named after its place ("groupe de forces à Kursk");
 * - an event held in a region where the text reports combat (a briefing at the Kursk command post):
 *   every unit it names, except large formations named only as someone's parent, operated there.
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
    if (!OPERATION_TRIGGER.test(withoutUnits(doc.text, s, ctx.unitsIn(s)))) continue;
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

function walkParagraphs(ctx: Context, event: ParsedEvent): void {
  let theatre: { regions: Candidate[]; paragraph: number; fought: boolean } | undefined;
  let placeless: { groups: Candidate[]; paragraph: number } | undefined;
  event.paragraphs.forEach((paragraph, k) => {
    let actors: Candidate[] = [];
    // Groupings told of before their units fight hold the front those units open up: "les troupes du
    // groupe de forces Est ont poursuivi l’offensive. Les 5e et 37e brigades ont libéré … dans la
    // République populaire de Donetsk" puts the grouping in that republic too. A paragraph that only
    // introduces the grouping, with no place, hands it to the next one.
    let front: Candidate[] = placeless?.paragraph === k - 1 ? placeless.groups : [];
    let told = false;
    placeless = undefined;
    if (ctx.unitsIn(paragraph).length === 0 && ctx.regionsIn(paragraph).length === 0) return;
    for (const s of splitSentences(ctx.doc.text, paragraph.start, paragraph.end)) {
      const named = ctx.unitsIn(s);
      const here = ctx.regionsIn(s);
      if (named.length === 0 && here.length === 0) continue;
      const units = named.filter((u) => !ctx.parents.has(u));
      const rest = withoutUnits(ctx.doc.text, s, named);
      const combat = OPERATION_TRIGGER.test(rest);
      const places = combat ? placesIn(ctx.doc.text, s, here) : [];
      const subjects =
        units.length === 0
          ? actors
          : ANAPHORIC_SUBJECT.test(ctx.doc.text.slice(s.start, s.end))
            ? [...actors.filter((a) => !units.includes(a)), ...units]
            : units;
      if (places.length > 0) {
        const fought = subjects.some((u) => !isGrouping(u));
        const holders = fought ? front.filter((g) => !subjects.includes(g)) : [];
        pair(ctx, s, [...subjects, ...holders], places, fought);
        told = true;
        theatre =
          theatre?.paragraph === k
            ? { regions: [...theatre.regions, ...places], paragraph: k, fought: theatre.fought || fought }
            : { regions: places, paragraph: k, fought };
      } else if (units.length > 0 && theatre) {
        // Told in the same paragraph, the place carries; across paragraphs only a sentence that
        // credits units with what was just told inherits its province ("Le plus grand succès …").
        if (theatre.paragraph === k) pair(ctx, s, units, theatre.regions, theatre.fought);
        else if (theatre.paragraph === k - 1 && !combat && CREDIT_TRIGGER.test(rest)) {
          pair(
            ctx,
            s,
            units,
            theatre.regions.filter((r) => isProvince(ctx.doc.text, r)),
            false,
          );
        }
      }
      if (units.length > 0) actors = subjects;
      front = [...front, ...subjects.filter((u) => isGrouping(u) && !front.includes(u))];
    }
    if (!told && front.length > 0) placeless = { groups: front, paragraph: k };
  });
}

/**
 * Pairs units with places. A grouping named beside the units that did the fighting (`fought`) holds
 * the front, its provinces and axes; the villages go to those units ("En direction de X, les unités
 * du groupe de forces Sud avancent: les 51e et 137e régiments ont libéré le village de Y").
 */
function pair(
  ctx: Context,
  evidence: Span,
  units: readonly Candidate[],
  places: readonly Candidate[],
  fought: boolean,
): void {
  for (const u of units) {
    const front = fought && isGrouping(u) ? places.filter((r) => isProvince(ctx.doc.text, r)) : places;
    for (const r of front) ctx.add(u, r, evidence);
  }
}

// Unit names hold trigger words of their own ("brigade d’assaut aérien"): look only at the rest.
function withoutUnits(text: string, sentence: Span, units: readonly Candidate[]): string {
  let s = text.slice(sentence.start, sentence.end);
  for (const u of units) {
    const a = u.span.start - sentence.start;
    s = s.slice(0, a) + ' '.repeat(u.span.end - u.span.start) + s.slice(u.span.end - sentence.start);
  }
  return s;
}

// Places of the action, not a bearing ("au nord de la Malaisie Loknya") nor a country named as the
// owner of another place ("région de Sommen de l’Ukraine"); "déployé au Bélarus" keeps its country.
const GENITIVE_BEFORE = /(?:^|\s)(?:de\s+l[’']|de\s+la|de|d[’']|du|des)\s*$/u;
function placesIn(text: string, sentence: Span, regions: readonly Candidate[]): Candidate[] {
  return regions.filter((r) => {
    const before = text.slice(Math.max(sentence.start, r.span.start - BEARING_CUE_BEFORE), r.span.start);
    if (RELATIVE_DIRECTION.test(before)) return false;
    if (r.properties?.kind !== 'country') return true;
    const owner = GENITIVE_BEFORE.test(before) && regions.some((o) => o !== r && o.span.end <= r.span.start);
    return !owner;
  });
}

const isGrouping = (u: Candidate) => u.properties?.echelon === 'group';

const isDirection = (text: string, r: Candidate) =>
  DIRECTION_CUE.test(text.slice(Math.max(0, r.span.start - THEATRE_CUE_BEFORE), r.span.start));

const isProvince = (text: string, r: Candidate) =>
  !LOCAL_KINDS.has(String(r.properties?.kind)) ||
  THEATRE_CUE.test(text.slice(Math.max(0, r.span.start - THEATRE_CUE_BEFORE), r.span.start));

/** The event's place when the event's own text reports combat there. */
function theatreOf(ctx: Context, event: ParsedEvent, regions: readonly Candidate[]): Candidate | undefined {
  if (!event.place) return undefined;
  const place = ctx.regionsIn(event.place)[0];
  if (!place) return undefined;
  const key = regionKey(place);
  const fought = regions.some((r) => {
    if (r === place || regionKey(r) !== key) return false;
    const s = ctx.sentence(r.span.start);
    return OPERATION_TRIGGER.test(withoutUnits(ctx.doc.text, s, ctx.unitsIn(s)));
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
