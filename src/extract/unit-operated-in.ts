import type { ParsedDocument, ParsedEvent, Span } from '../model/index.js';
import { normalizeName } from './normalize-name.js';
import { sentenceAt, splitSentences } from './sentences.js';
import type { Candidate, RelationCandidate } from './types.js';
import { CREDIT_TRIGGER, OPERATION_TRIGGER, RELATIVE_DIRECTION, THEATRE_CUE } from './unit-lexicon.js';

const inside = (c: Candidate, s: Span) => c.span.start >= s.start && c.span.end <= s.end;
const regionKey = (c: Candidate) => normalizeName(c.canonical ?? c.name);
const LOCAL_KINDS = new Set(['city', 'village', 'locality', 'settlement', 'site']);

interface Context {
  units: readonly Candidate[];
  regions: readonly Candidate[];
  doc: ParsedDocument;
  parents: ReadonlySet<Candidate>;
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
  const bodies = found.filter((c) => c.type === 'MilitaryUnit' || c.type === 'Organization');
  const regions = found.filter((c) => c.type === 'Region' && !bodies.some((b) => inside(c, b.span)));
  const out = new Map<string, RelationCandidate>();
  const add = (unit: Candidate, region: Candidate, evidence: Span) => {
    const key = `${unit.span.start}|${regionKey(region)}`;
    if (!out.has(key)) out.set(key, { type: 'OPERATED_IN', source: { candidate: unit }, target: { candidate: region }, evidence });
  };
  const all = found.filter((c) => c.type === 'Region');
  for (const unit of units) {
    if (unit.properties?.echelon !== 'group') continue;
    for (const r of all) if (inside(r, unit.span)) add(unit, areaNamed(r, all), sentenceAt(doc, unit.span.start));
  }
  const ctx: Context = { units, regions, doc, parents, add };
  for (const unit of units) {
    if (parents.has(unit) || inParagraph(doc, unit)) continue;
    const s = sentenceAt(doc, unit.span.start);
    if (OPERATION_TRIGGER.test(withoutUnits(doc.text, s, units))) for (const r of placesIn(doc.text, s, regions)) add(unit, r, s);
  }
  for (const event of doc.events) {
    walkParagraphs(ctx, event);
    const theatre = theatreOf(ctx, event);
    if (!theatre) continue;
    for (const unit of units) {
      if (unit.event === event.index && !parents.has(unit)) add(unit, theatre, sentenceAt(doc, unit.span.start));
    }
  }
  return [...out.values()];
}

function walkParagraphs(ctx: Context, event: ParsedEvent): void {
  let theatre: { regions: Candidate[]; paragraph: number } | undefined;
  event.paragraphs.forEach((paragraph, k) => {
    let actors: Candidate[] = [];
    for (const s of splitSentences(ctx.doc.text, paragraph.start, paragraph.end)) {
      const units = ctx.units.filter((u) => inside(u, s) && !ctx.parents.has(u));
      const rest = withoutUnits(ctx.doc.text, s, ctx.units);
      const combat = OPERATION_TRIGGER.test(rest);
      const places = combat ? placesIn(ctx.doc.text, s, ctx.regions) : [];
      const pair = (us: readonly Candidate[], rs: readonly Candidate[]) => {
        for (const u of us) for (const r of rs) ctx.add(u, r, s);
      };
      if (places.length > 0) {
        pair(units.length > 0 ? units : actors, places);
        theatre = theatre?.paragraph === k ? { regions: [...theatre.regions, ...places], paragraph: k } : { regions: places, paragraph: k };
      } else if (units.length > 0 && theatre) {
        // Told in the same paragraph, the place carries; across paragraphs only a sentence that
        // credits units with what was just told inherits its province ("Le plus grand succès …").
        if (theatre.paragraph === k) pair(units, theatre.regions);
        else if (theatre.paragraph === k - 1 && !combat && CREDIT_TRIGGER.test(rest)) {
          pair(units, theatre.regions.filter((r) => isProvince(ctx.doc.text, r)));
        }
      }
      if (units.length > 0) actors = units;
    }
  });
}

// Unit names hold trigger words of their own ("brigade d’assaut aérien"): look only at the rest.
function withoutUnits(text: string, sentence: Span, units: readonly Candidate[]): string {
  let s = text.slice(sentence.start, sentence.end);
  for (const u of units) {
    if (!inside(u, sentence)) continue;
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
    if (!inside(r, sentence)) return false;
    const before = text.slice(Math.max(sentence.start, r.span.start - 24), r.span.start);
    if (RELATIVE_DIRECTION.test(before)) return false;
    if (r.properties?.kind !== 'country') return true;
    const owner = GENITIVE_BEFORE.test(before) && regions.some((o) => o !== r && inside(o, sentence) && o.span.end <= r.span.start);
    return !owner;
  });
}

const isProvince = (text: string, r: Candidate) =>
  !LOCAL_KINDS.has(String(r.properties?.kind)) || THEATRE_CUE.test(text.slice(Math.max(0, r.span.start - 16), r.span.start));

/** The event's place when the event's own text reports combat there. */
function theatreOf(ctx: Context, event: ParsedEvent): Candidate | undefined {
  if (!event.place) return undefined;
  const place = ctx.regions.find((r) => inside(r, event.place!));
  if (!place) return undefined;
  const key = regionKey(place);
  const fought = ctx.regions.some(
    (r) =>
      r.event === event.index &&
      r !== place &&
      regionKey(r) === key &&
      OPERATION_TRIGGER.test(withoutUnits(ctx.doc.text, sentenceAt(ctx.doc, r.span.start), ctx.units)),
  );
  return fought ? place : undefined;
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

// Text the parser left outside every paragraph (no event found) is read sentence by sentence.
const inParagraph = (doc: ParsedDocument, c: Candidate) =>
  doc.events.some((e) => e.paragraphs.some((p) => inside(c, p)));
