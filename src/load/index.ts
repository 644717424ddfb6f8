/**
 * Resolved graph → Neo4j: to-cypher.ts builds batched, parameterised statements (pure), write.ts runs them,
 * one transaction per batch of documents, after taking back what those documents said before.
 * Analytics and export read the loaded graph afterwards.
 */
export * from './types.js';
export { LoadError } from './load-error.js';
export { writeStatements, removeStatements, relationText, labelOfId, relationKey } from './to-cypher.js';
export {
  load,
  removeDocument,
  removeDocuments,
  loadedDocuments,
  existingEntities,
  graphCounts,
  writeTransaction,
  type LoadOptions,
  type LoadResult,
} from './write.js';
