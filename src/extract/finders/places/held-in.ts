import type { ParsedDocument, Span } from '../../../model/index.js';
import { isRegion, within } from './geo-context.js';
import type { Candidate, RelationCandidate, RelationFinder } from '../../core/types.js';
import { TITLE_PLACE_CUE_BEFORE } from '../../core/text-windows.js';

// With no place line, a title still places the event: "Visite … à Kursk", "Réunion au Kremlin".
const TITLE_PLACE = /(?:^|\s)(?:à|au|aux|en|dans\s+(?:la|le|l['’]))\s*$/u;

function placed(doc: ParsedDocument, found: readonly Candidate[], place: Span): Candidate[] {
  return found.filter((c) => isRegion(c) && within(c, place));
}

/**
 * HELD_IN: each event → the regions its place line names ("Kremlin-Moscou" → Kremlin and Moscou;
 * "Novo-Ogaryovo, région de Moscou" → both); without a place line, the regions its title puts the
 * event in. Evidence: the place line (or title).
 */
export const findHeldIn: RelationFinder = (doc, found) => {
  const out: RelationCandidate[] = [];
  for (const ev of doc.events) {
    let evidence: Span | undefined = ev.place ?? undefined;
    let regions = ev.place ? placed(doc, found, ev.place) : [];
    if (regions.length === 0) {
      regions = [ev.title, ev.heading]
        .flatMap((span) => placed(doc, found, span))
        .filter((c) =>
          TITLE_PLACE.test(doc.text.slice(Math.max(0, c.span.start - TITLE_PLACE_CUE_BEFORE), c.span.start)),
        );
      evidence = ev.heading;
    }
    const seen = new Set<string>();
    for (const c of regions) {
      const key = c.canonical ?? c.name;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        type: 'HELD_IN',
        source: { event: ev.index },
        target: { candidate: c },
        evidence: evidence ?? c.span,
      });
    }
  }
  return out;
};
