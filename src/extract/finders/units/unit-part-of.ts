import type { ParsedDocument, Span } from '../../../model/index.js';
import { sentenceAt } from '../../core/sentences.js';
import type { Candidate, RelationCandidate } from '../../core/types.js';
import { createSpanSearch } from '../../core/span-search.js';
import { UNIT_PARENT_REACH } from '../../core/text-windows.js';

// "the 56th Guards Airborne Assault Regiment of the 7th Airborne Assault Division", "155th … Brigade
// of the Pacific Fleet", "l’unité d’assaut combinée du détachement de volontaires …": a unit directly
// followed by "of the" / "de la" / "du" and another unit (or a body such as an army) belongs to it.
const LINK = /^\s*(?:of\s+the|of|de\s+la|du|de\s+l[’']|des|de)\s+$/iu;
const PARENT_TYPES = new Set(['MilitaryUnit', 'Organization']);

// "les 51e et 137e régiments … de la 106e division": a bare ordinal shares the echelon, and so the
// parent, of the unit it is listed with.
const BARE_ORDINAL = /^\d+\s?\p{L}+$/u;
const COORDINATOR = /^\s*(?:,|et|ou|and|or)\s*$/iu;

/** PART_OF between a unit and the unit or organisation named right after it. */
export function findUnitParents(doc: ParsedDocument, found: readonly Candidate[]): RelationCandidate[] {
  const parentsIn = createSpanSearch(found.filter((c) => PARENT_TYPES.has(c.type)));
  const units = found.filter((c) => c.type === 'MilitaryUnit').sort((a, b) => a.span.start - b.span.start);
  const parentOf = new Map<Candidate, Candidate>();
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i]!;
    const next = units[i + 1];
    const parent =
      next && BARE_ORDINAL.test(unit.name) && COORDINATOR.test(doc.text.slice(unit.span.end, next.span.start))
        ? parentOf.get(next)
        : directParent(doc, unit, parentsIn);
    if (parent) parentOf.set(unit, parent);
  }
  return units.flatMap((unit) => {
    const parent = parentOf.get(unit);
    if (!parent) return [];
    return [
      {
        type: 'PART_OF' as const,
        source: { candidate: unit },
        target: { candidate: parent },
        evidence: sentenceAt(doc, unit.span.start),
      },
    ];
  });
}

function directParent(
  doc: ParsedDocument,
  unit: Candidate,
  parentsIn: (s: Span) => Candidate[],
): Candidate | undefined {
  const [parent] = parentsIn({ start: unit.span.end, end: unit.span.end + UNIT_PARENT_REACH });
  return parent && LINK.test(doc.text.slice(unit.span.end, parent.span.start)) ? parent : undefined;
}

// A fleet, division or army named as a parent ("of the Pacific Fleet", "of the 72nd … Division") tells
// whose a unit is, not where that formation fought; a small parent is in the fight with its part
// ("l’unité d’assaut combinée du détachement de volontaires …").
const LARGE = new Set(['division', 'army', 'corps', 'fleet', 'flotilla', 'district', 'branch', 'group']);

/** Mentions that only name a large parent formation or an organisation. */
export function parentMentions(partOf: readonly RelationCandidate[]): Set<Candidate> {
  const parents = new Set<Candidate>();
  for (const r of partOf) {
    if (!('candidate' in r.target)) continue;
    const parent = r.target.candidate;
    if (parent.type !== 'MilitaryUnit' || LARGE.has(String(parent.properties?.echelon))) parents.add(parent);
  }
  return parents;
}
