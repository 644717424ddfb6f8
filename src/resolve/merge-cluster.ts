import { ID_PREFIX, type Mention, type Properties } from '../model/index.js';
import type { Cluster } from './cluster-forms.js';
import { normalizeName } from './fold-name.js';
import type { ResolvedEntity } from './types.js';

const words = (s: string): number => normalizeName(s).split(' ').filter(Boolean).length;

/** Rank of a name as the entity's name: most words, most often met, longest, then alphabetical. */
function bestName(counts: Map<string, number>): string {
  return [...counts].sort(
    ([a, ca], [b, cb]) =>
      words(b) - words(a) || cb - ca || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
  )[0]![0];
}

/** Slug for ids, the same on every run: "Territoire de Perm" → "territoire-de-perm". */
export const slugify = (s: string): string => normalizeName(s).replace(/\s+/g, '-') || 'x';

function mergeProperties(list: Properties[]): Properties {
  const out: Properties = {};
  for (const props of list)
    for (const [k, v] of Object.entries(props)) {
      if (v === null || v === undefined) continue;
      const prev = out[k];
      if (Array.isArray(v))
        out[k] = [
          ...new Set([...((Array.isArray(prev) ? prev : []) as unknown[]), ...v]),
        ].sort() as Properties[string];
      else if (prev === undefined) out[k] = v;
    }
  return out;
}

/**
 * One entity from a cluster: an existing node keeps its id; otherwise the id is `prefix:slug` of the best
 * name, made unique with `-2`, `-3` against `taken` (two Perms of different kinds).
 */
export function mergeCluster(cluster: Cluster, taken: Set<string>): ResolvedEntity {
  const occurrences = cluster.forms.flatMap((f) => f.occurrences);
  const type = cluster.forms[0]!.type;
  const counts = new Map<string, number>();
  for (const occ of occurrences)
    counts.set(occ.entity.name, (counts.get(occ.entity.name) ?? 0) + Math.max(1, occ.entity.mentions.length));
  const name = bestName(counts);
  const existing = occurrences.find((o) => o.existing);
  let id = existing?.entity.id;
  if (!id) {
    const own = occurrences.find((o) => o.entity.name === name)!.entity.id;
    const base = own.startsWith(`${ID_PREFIX[type]}:`) ? own : `${ID_PREFIX[type]}:${slugify(name)}`;
    id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  }
  taken.add(id);
  const names = new Set(occurrences.flatMap((o) => [o.entity.name, ...o.entity.aliases]));
  names.delete(name);
  const ranked = [...occurrences].sort(
    (a, b) => Number(b.entity.name === name) - Number(a.entity.name === name),
  );
  const mentions: Mention[] = occurrences
    .flatMap((o) => o.entity.mentions)
    .sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start));
  return {
    id,
    type,
    name,
    aliases: [...names].sort(),
    properties: mergeProperties(ranked.map((o) => o.entity.properties)),
    mentions,
    documents: [...new Set(occurrences.flatMap((o) => o.documents))].sort(),
  };
}
