import { combineConfidence, UNKNOWN_CONFIDENCE } from '../model/index.js';
import type { Diagnostic, Evidence, Extraction, Properties } from '../model/index.js';
import type { ResolvedRelation } from './types.js';

const evidenceKey = (e: Evidence): string => `${e.document}|${e.start}|${e.end}`;

/**
 * Relations with resolved endpoints, one per (type, source, target), with the union of their evidence.
 * `idOf(extractionIndex, id)` maps an extractor id to its resolved id.
 */
export function mergeRelations(
  extractions: readonly Extraction[],
  idOf: (index: number, id: string) => string | undefined,
  diagnostics: Diagnostic[],
): ResolvedRelation[] {
  const merged = new Map<string, ResolvedRelation>();
  extractions.forEach((extraction, index) => {
    for (const rel of extraction.relations) {
      const source = idOf(index, rel.source);
      const target = idOf(index, rel.target);
      if (!source || !target) {
        diagnostics.push({
          code: 'dangling-relation',
          severity: 'warning',
          message: `${rel.type} ${rel.source} → ${rel.target}: an endpoint is not among the entities`,
          document: extraction.documents[0]?.id,
        });
        continue;
      }
      // Two names of one thing resolved into one node: "PART_OF Bélarus → République du Bélarus" says nothing.
      if (source === target) continue;
      const key = `${rel.type}|${source}|${target}`;
      const docs = rel.evidence.length
        ? rel.evidence.map((e) => e.document)
        : extraction.documents.map((d) => d.id);
      const prev = merged.get(key);
      const confidence = rel.confidence ?? UNKNOWN_CONFIDENCE;
      if (!prev) {
        merged.set(key, {
          ...rel,
          source,
          target,
          properties: { ...rel.properties },
          evidence: [...rel.evidence],
          documents: [...new Set(docs)],
          documentConfidences: Object.fromEntries(docs.map((d) => [d, confidence])),
        });
        continue;
      }
      for (const d of docs)
        prev.documentConfidences[d] = Math.max(prev.documentConfidences[d] ?? 0, confidence);
      prev.properties = mergeProps(prev.properties, rel.properties);
      const seen = new Set(prev.evidence.map(evidenceKey));
      prev.evidence.push(...rel.evidence.filter((e) => !seen.has(evidenceKey(e))));
      prev.documents = [...new Set([...prev.documents, ...docs])];
    }
  });
  const out = [...merged.values()];
  for (const r of out) {
    r.documents.sort();
    // A fact several documents state is surer than any one of them says.
    r.confidence = combineConfidence(r.documents.map((d) => r.documentConfidences[d] ?? UNKNOWN_CONFIDENCE));
    r.evidence.sort((a, b) =>
      a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start,
    );
  }
  return out.sort((a, b) => cmp(a.type, b.type) || cmp(a.source, b.source) || cmp(a.target, b.target));
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function mergeProps(a: Properties, b: Properties): Properties {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    if (prev === undefined || prev === null) out[k] = v;
    else if (Array.isArray(prev) && Array.isArray(v))
      out[k] = [...new Set([...(prev as unknown[]), ...v])].sort() as Properties[string];
  }
  return out;
}
