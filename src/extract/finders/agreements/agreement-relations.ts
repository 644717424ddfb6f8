import type { ParsedDocument } from '../../../model/index.js';
import { findParties } from './agreement-parties.js';
import { findSigners } from './agreement-signers.js';
import type { Candidate, RelationCandidate, RelationFinder } from '../../core/types.js';

/** SIGNED (person → agreement) and PARTY_TO (region or organisation → agreement). */
export const findAgreementRelations: RelationFinder = (
  doc: ParsedDocument,
  found: readonly Candidate[],
): RelationCandidate[] => [...findSigners(doc, found), ...findParties(doc, found)];
