import type { ParsedEvent, Span } from '../../../model/index.js';
import { splitSentences } from '../../core/sentences.js';
import type { Candidate } from '../../core/types.js';
import { clausesOf } from './unit-clauses.js';
import { ANAPHORIC_SUBJECT, CREDIT_TRIGGER, NOT_ACTOR_BEFORE, tellsAction } from './unit-lexicon.js';
import { type Context, isArea, isGrouping, isProvince, placesIn, withoutUnits } from './unit-places.js';

/**
 * OPERATED_IN read paragraph by paragraph: units and places of a sentence of action, the units that
 * go on in the next sentences ("Les troupes …"), places that carry within a paragraph, and the
 * groupings that hold the front their units fight on.
 */
export function walkParagraphs(ctx: Context, event: ParsedEvent): void {
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
    const sentences = splitSentences(ctx.doc.text, paragraph.start, paragraph.end);
    for (const s of sentences.flatMap((x) => clausesOf(ctx, x))) {
      const named = ctx.unitsIn(s);
      const here = ctx.regionsIn(s);
      if (named.length === 0 && here.length === 0) continue;
      const units = named.filter((u) => !ctx.parents.has(u) && !NOT_ACTOR_BEFORE.test(before(ctx, s, u)));
      const rest = withoutUnits(ctx.doc.text, s, named);
      const combat = tellsAction(rest);
      const places = combat ? placesIn(ctx.doc.text, s, here) : [];
      const anaphoric = ANAPHORIC_SUBJECT.test(ctx.doc.text.slice(s.start, s.end));
      const subjects =
        units.length === 0
          ? actors
          : anaphoric
            ? [...actors.filter((a) => !units.includes(a)), ...units]
            : units;
      if (places.length > 0) {
        const fought = subjects.some((u) => !isGrouping(u));
        pair(ctx, s, subjects, places, fought);
        if (theatre?.paragraph === k && !places.some(isArea)) {
          const areas = theatre.regions.filter((r) => isArea(r) && r.properties?.kind !== 'country');
          const actors = subjects.filter((u) => !SUPPORT_BEFORE.test(before(ctx, s, u)));
          pair(ctx, s, actors, areas, fought);
        }
        // The axis of one named unit is its own; "Les troupes avancent en direction de …" is the front's.
        const holders = fought ? front.filter((g) => !subjects.includes(g)) : [];
        pair(ctx, s, holders, anaphoric ? places : places.filter(isArea), true);
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

// "avec l’appui des forces aérospatiales": a unit that supports the action is not the one whose
// province a paragraph has set.
const SUPPORT_BEFORE =
  /(?:appui|soutien|concours|appuyée?s?\s+par|soutenue?s?\s+par)\s+(?:de\s+la\s+|de\s+l[’']|des\s+|du\s+|de\s+|d[’'])?$/iu;
const before = (ctx: Context, s: Span, u: Candidate) =>
  ctx.doc.text.slice(Math.max(s.start, u.span.start - 40), u.span.start);
