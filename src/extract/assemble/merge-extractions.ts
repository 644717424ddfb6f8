import type { Entity, Extraction, Relation } from '../../model/index.js';

/**
 * Concatenates per-document extractions for `kg extract A B`, folding entities that already share an
 * id (same slug in two files) and relations with the same endpoints. Fuzzy cross-document merging
 * (transliterations, typos) is resolve/'s job.
 */
export function mergeExtractions(parts: readonly Extraction[]): Extraction {
  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();
  for (const part of parts) {
    for (const e of part.entities) {
      const prev = entities.get(e.id);
      if (!prev) entities.set(e.id, structuredClone(e));
      else {
        for (const a of [e.name, ...e.aliases])
          if (a !== prev.name && !prev.aliases.includes(a)) prev.aliases.push(a);
        prev.mentions.push(...e.mentions);
      }
    }
    for (const r of part.relations) {
      const key = `${r.type}|${r.source}|${r.target}`;
      const prev = relations.get(key);
      if (!prev) relations.set(key, structuredClone(r));
      else prev.evidence.push(...r.evidence);
    }
  }
  return {
    documents: parts.flatMap((p) => p.documents),
    entities: [...entities.values()],
    relations: [...relations.values()],
    diagnostics: parts.flatMap((p) => p.diagnostics ?? []),
  };
}
