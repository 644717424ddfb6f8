import type { Entity, Mention, Properties } from '../../model/index.js';
import { ID_PREFIX } from '../../model/index.js';
import type { Candidate } from '../core/types.js';
import { normalizeName, slugify } from '../core/normalize-name.js';

/** Turns groups of mentions into entities with stable ids, the fullest name, aliases and mentions. */
export function buildEntities(
  groups: readonly Candidate[][],
  documentId: string,
): { entities: Entity[]; entityOf: Map<Candidate, Entity> } {
  const entities: Entity[] = [];
  const entityOf = new Map<Candidate, Entity>();
  const usedIds = new Set<string>();
  const docSlug = documentId.replace(/^doc:/, '');
  for (const group of groups) {
    const head = group[0]!;
    const name = fullestName(group);
    const base =
      head.type === 'Figure'
        ? `${ID_PREFIX.Figure}:${docSlug}-e${head.event}-${slugify(name).slice(0, 40)}`
        : `${ID_PREFIX[head.type]}:${slugify(name).slice(0, 80)}`;
    const id = uniqueId(base, usedIds);
    const entity: Entity = {
      id,
      type: head.type,
      name,
      aliases: aliasesOf(group, name),
      properties: mergeProperties(group),
      mentions: group.map((c): Mention => ({ document: documentId, start: c.span.start, end: c.span.end })),
    };
    entities.push(entity);
    for (const c of group) entityOf.set(c, entity);
  }
  return { entities, entityOf };
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

// The fullest form met: most words, then longest; a capitalised form beats a lower-case one
// ("Territoire de Perm" over "territoire de Perm"), and the lexicon's own spelling beats both.
// "Alexander Lukashenko" over "Lukashenko", "République du Bélarus" over "Bélarus".
function fullestName(group: readonly Candidate[]): string {
  const canonical = group.find((c) => c.canonical)?.canonical;
  let best = group[0]!.name;
  let bestScore = -1;
  for (const c of group) {
    const s = score(c.name) + (/^\p{Lu}/u.test(c.name) ? 500 : 0) + (c.name === canonical ? 100_000 : 0);
    if (s > bestScore) [best, bestScore] = [c.name, s];
  }
  return cleanSpaces(best);
}
const score = (name: string) => normalizeName(name).split(' ').length * 1000 + name.length;
const cleanSpaces = (s: string) => s.replace(/\s+/g, ' ').trim();

function aliasesOf(group: readonly Candidate[], name: string): string[] {
  const seen = new Set([name]);
  const out: string[] = [];
  for (const c of group) {
    const alias = cleanSpaces(c.name);
    if (!seen.has(alias)) {
      seen.add(alias);
      out.push(alias);
    }
  }
  return out;
}

// First value wins for scalars (the first mention is usually the fullest statement);
// string lists such as titles are unioned in order.
function mergeProperties(group: readonly Candidate[]): Properties {
  const out: Properties = {};
  for (const c of group) {
    if (c.canonical && out.canonical === undefined) out.canonical = c.canonical;
    for (const [k, v] of Object.entries(c.properties ?? {})) {
      const prev = out[k];
      if (Array.isArray(v) && (prev === undefined || Array.isArray(prev))) {
        const merged = [...((prev as (string | number)[]) ?? [])];
        for (const x of v) if (!merged.includes(x)) merged.push(x);
        out[k] = merged as string[] | number[];
      } else if (prev === undefined || prev === null) out[k] = v;
    }
  }
  return out;
}
