/**
 * Confidence of a fact stated by several documents, each with its own: the chance that not all of them
 * are wrong (noisy-or, 1 − Π(1 − cᵢ)). load computes the same in Cypher from the per-document lists.
 */
export const combineConfidence = (values: readonly number[]): number =>
  +(1 - values.reduce((q, c) => q * (1 - c), 1)).toFixed(6);

/** When an extraction carries no confidence (one written by hand, or by an older version). */
export const UNKNOWN_CONFIDENCE = 0.5;
