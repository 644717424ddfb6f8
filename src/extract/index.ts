// Extraction: ParsedDocument → Extraction (the contract JSON of shared/spec/EXTRACTION.md).
// Finders propose mentions and relations; this stage keeps the best reading of each span, groups
// mentions into one entity per real thing within the document, and attaches evidence.
// Each entity and relation gets a confidence from a table fitted on the dev corpus.
// Cross-document merging is left to resolve/.
import type { Extraction, ParsedDocument } from '../model/index.js';
import { buildEntities } from './assemble/build-entities.js';
import { buildEvents } from './assemble/build-events.js';
import { buildRelations, provenanceRelations } from './assemble/build-relations.js';
import { assignConfidence } from './assemble/relation-confidence.js';
import { clusterCandidates } from './assemble/cluster-candidates.js';
import { ENTITY_FINDERS, FIGURE_FINDER, RELATION_FINDERS } from './finders.js';
import { selectCandidates } from './assemble/select-candidates.js';

/** Extracts events, entities and relations (with evidence) from one parsed document. */
export function extract(doc: ParsedDocument): Extraction {
  const proposed = ENTITY_FINDERS.flatMap((f) => f.find(doc));
  const { kept, replaced } = selectCandidates(proposed);
  const figures = FIGURE_FINDER.find(doc, kept);
  const relationCandidates = [
    ...RELATION_FINDERS.flatMap((f) => f.find(doc, kept).map((rc) => ({ ...rc, rule: f.name }))),
    ...figures.relations.map((rc) => ({ ...rc, rule: FIGURE_FINDER.name })),
  ];

  const events = buildEvents(doc);
  const groups = clusterCandidates(
    [...kept, ...figures.candidates].sort((a, b) => a.span.start - b.span.start),
  );
  const { entities, entityOf } = buildEntities(groups, doc.id);
  const relations = buildRelations(relationCandidates, { doc, events, entityOf, replaced });

  return assignConfidence({
    documents: [{ id: doc.id, path: doc.path, sha256: doc.sha256, title: doc.title }],
    entities: [...events, ...entities],
    relations: [...relations, ...provenanceRelations(doc, entities, events)],
    diagnostics: doc.diagnostics,
  });
}

export { normalizeName, slugify } from './core/normalize-name.js';
