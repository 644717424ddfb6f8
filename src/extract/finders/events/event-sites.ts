import type { ParsedEvent } from '../../../model/index.js';
import { matchAll } from '../../core/match-all.js';
import { eventIndexAt, splitSentences } from '../../core/sentences.js';
import type { Candidate, EntityFinder, RelationCandidate, RelationFinder } from '../../core/types.js';

// "la Salle Sainte-Catherine du Kremlin", "salle Saint-Georges", "Salle Ovale": a named hall is a site.
const HALL = /\b[Ss]alle\s+(?:\p{Lu}[\p{L}’'-]*\p{L})(?:[\s-]\p{Lu}[\p{L}’'-]*\p{L}){0,2}/gu;

/** Named halls ("Salle Sainte-Catherine") as Region candidates of kind site. */
export const findEventSites: EntityFinder = (doc) =>
  matchAll(doc.text, HALL).map((m) => ({
    type: 'Region',
    name: m[0],
    span: { start: m.index, end: m.index + m[0].length },
    event: eventIndexAt(doc, m.index),
    properties: { kind: 'site' },
  }));

// Where the event itself happened: "les pourparlers … se sont poursuivis dans la Salle …", "Dans la
// Salle … du Kremlin, Vladimir Poutine a remis …", "The talks were held at the Ala-Archa state residence".
const HAPPENED =
  /\bse\s+sont\s+(?:poursuivie?s|déroulée?s|tenue?s)\b|\bs['’]est\s+(?:poursuivie?|déroulée?|tenue?)\b|\b(?:a|ont)\s+eu\s+lieu\b|\btook\s+place\b|\b(?:was|were)\s+held\b|^(?:Dans|À|Au)\s/iu;
// The site is where the sentence says: "dans la", "à la", "au", "at the".
const AT = /(?:\b(?:dans|à)\s+(?:la\s+|le\s+|l['’])|\bau\s+|\bat\s+(?:the\s+)?)$/iu;
const LEAD_PARAGRAPHS = 3;

/**
 * HELD_IN beyond the dateline: a site (a hall, a residence) that the event's first paragraphs say it
 * took place in. Cities and countries stay with the dateline; this adds the room.
 */
export const findHeldAtSite: RelationFinder = (doc, found) => {
  const sites = found.filter((c) => c.type === 'Region' && c.properties?.kind === 'site');
  return doc.events.flatMap((event) => heldAt(doc.text, event, sites));
};

function heldAt(text: string, event: ParsedEvent, sites: readonly Candidate[]): RelationCandidate[] {
  const out: RelationCandidate[] = [];
  const prose = event.paragraphs.filter((p) => p.kind === 'lead' || p.kind === 'body');
  for (const p of prose.slice(0, LEAD_PARAGRAPHS)) {
    for (const s of splitSentences(text, p.start, p.end)) {
      if (!HAPPENED.test(text.slice(s.start, s.end))) continue;
      for (const c of sites) {
        if (c.span.start < s.start || c.span.end > s.end) continue;
        if (!AT.test(text.slice(Math.max(s.start, c.span.start - 12), c.span.start))) continue;
        out.push({ type: 'HELD_IN', source: { event: event.index }, target: { candidate: c }, evidence: s });
      }
    }
  }
  return out;
}
