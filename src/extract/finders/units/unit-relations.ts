import type { ParsedDocument } from '../../../model/index.js';
import type { Candidate, RelationCandidate, RelationFinder } from '../../core/types.js';
import { findOperations } from './unit-operated-in.js';
import { findUnitParents, parentMentions } from './unit-part-of.js';

/** PART_OF (unit → unit or organisation) and OPERATED_IN (unit → region) from the units found. */
export const findUnitRelations: RelationFinder = (
  doc: ParsedDocument,
  found: readonly Candidate[],
): RelationCandidate[] => {
  const partOf = findUnitParents(doc, found);
  return [...partOf, ...findOperations(doc, found, parentMentions(partOf))];
};
