import { UndirectedGraph } from 'graphology';
import type { EntityType } from '../model/index.js';
import { conflict } from './conflict.js';
import { digitsOf, normalizeName, translitKey } from './fold-name.js';
import { fuzzyEqual } from './fuzzy-equal.js';
import { ID_ONLY } from './occurrences.js';
import { signatureKey, signatureOf, type Signature } from './signature.js';
import type { MergeReason, Occurrence, RejectedMerge } from './types.js';

/** Occurrences that are interchangeable for resolution: same type, extractor id, name key and signature. */
export interface Form {
  key: string;
  type: EntityType;
  name: string;
  /** translitKey(name), computed once. */
  nameKey: string;
  sig: Signature;
  occurrences: Occurrence[];
  existing: boolean;
}

export interface Cluster {
  forms: Form[];
  links: { from: string; to: string; reason: MergeReason }[];
}

const STRENGTH: Record<MergeReason, number> = {
  'same-id': 0,
  'same-name': 1,
  transliteration: 2,
  alias: 3,
  fuzzy: 4,
  surname: 5,
};

/** Groups occurrences into forms, sorted by key so that the input order never matters. */
export function toForms(occurrences: readonly Occurrence[]): Form[] {
  const forms = new Map<string, Form>();
  for (const occ of occurrences) {
    const sig = signatureOf(occ.entity);
    const nameKey = translitKey(occ.entity.name);
    const key = [occ.entity.type, occ.entity.id, nameKey, signatureKey(sig), occ.existing].join('|');
    const form = forms.get(key) ?? {
      key,
      type: occ.entity.type,
      name: occ.entity.name,
      nameKey,
      sig,
      occurrences: [],
      existing: occ.existing,
    };
    form.occurrences.push(occ);
    forms.set(key, form);
  }
  return [...forms.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function bucket(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list.at(-1) !== i) list.push(i);
}

/** The graph of candidate links between forms: same id, same (folded) name, shared alias, fuzzy name. */
export function linkGraph(forms: readonly Form[]): UndirectedGraph {
  const graph = new UndirectedGraph();
  forms.forEach((_, i) => graph.addNode(String(i)));
  const link = (i: number, j: number, reason: MergeReason): void => {
    if (i === j) return;
    const [a, b] = i < j ? [i, j] : [j, i];
    const edge = graph.edge(String(a), String(b));
    if (edge === undefined) graph.addEdge(String(a), String(b), { reason });
    else if (STRENGTH[reason] < STRENGTH[graph.getEdgeAttribute(edge, 'reason') as MergeReason])
      graph.setEdgeAttribute(edge, 'reason', reason);
  };
  const byId = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  const byKey = new Map<string, number[]>();
  const byAny = new Map<string, number[]>();
  forms.forEach((form, i) => {
    const entity = form.occurrences[0]!.entity;
    bucket(byId, `${form.type}|${entity.id}`, i);
    if (ID_ONLY.has(form.type)) return;
    bucket(byName, `${form.type}|${normalizeName(form.name)}`, i);
    bucket(byKey, `${form.type}|${form.nameKey}`, i);
    const names = new Set(form.occurrences.flatMap((occ) => [occ.entity.name, ...occ.entity.aliases]));
    for (const n of names) bucket(byAny, `${form.type}|${translitKey(n)}`, i);
  });
  const pairs = (map: Map<string, number[]>, reason: MergeReason): void => {
    for (const list of map.values())
      for (let x = 1; x < list.length; x++) for (let y = 0; y < x; y++) link(list[y]!, list[x]!, reason);
  };
  pairs(byId, 'same-id');
  pairs(byName, 'same-name');
  pairs(byKey, 'transliteration');
  pairs(unambiguous(byAny, forms), 'alias');
  fuzzyLinks(forms, link);
  surnameLinks(forms, link);
  return graph;
}

// An alias shared by several different full names says nothing: "accord de coopération" is an alias of
// the agreements on energy and on health alike, "Poutine" of Vladimir and of Lyudmila Poutine.
function unambiguous(byAny: Map<string, number[]>, forms: readonly Form[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const [key, list] of byAny) {
    const alias = key.slice(key.indexOf('|') + 1);
    const fuller = new Set(list.map((i) => forms[i]!.nameKey).filter((k) => k !== alias));
    if (fuller.size <= 1) out.set(key, list);
  }
  return out;
}

// Misspellings: "Severodonetsk" / "Severodonetk", "Zaporozhye" / "Zaporijia", "Lukashenko" / "Lukashnko".
function fuzzyLinks(forms: readonly Form[], link: (i: number, j: number, r: MergeReason) => void): void {
  const blocks = new Map<string, { key: string; i: number }[]>();
  forms.forEach((form, i) => {
    const key = form.nameKey;
    if (key.length < 7 || ID_ONLY.has(form.type)) return;
    const block = `${form.type}|${key.slice(0, 2)}|${digitsOf(form.name)}`;
    const list = blocks.get(block);
    if (list) list.push({ key, i });
    else blocks.set(block, [{ key, i }]);
  });
  for (const block of blocks.values())
    for (let x = 1; x < block.length; x++)
      for (let y = 0; y < x; y++)
        if (block[x]!.key !== block[y]!.key && fuzzyEqual(block[x]!.key, block[y]!.key))
          link(block[y]!.i, block[x]!.i, 'fuzzy');
}

// "A. Tsyboulski" or a bare "Poutine" in one document, "Alexander Tsybulsky" in another: the surname links
// them only when one side lacks a full given name; conflict() still checks initials and first names.
function surnameLinks(forms: readonly Form[], link: (i: number, j: number, r: MergeReason) => void): void {
  const bySurname = new Map<string, { i: number; weak: boolean }[]>();
  forms.forEach((form, i) => {
    if (form.type !== 'Person' || !form.sig.surname) return;
    const weak = (form.sig.given?.length ?? 0) <= 1;
    const list = bySurname.get(form.sig.surname);
    if (list) list.push({ i, weak });
    else bySurname.set(form.sig.surname, [{ i, weak }]);
  });
  for (const list of bySurname.values())
    for (let x = 1; x < list.length; x++)
      for (let y = 0; y < x; y++) if (list[x]!.weak || list[y]!.weak) link(list[y]!.i, list[x]!.i, 'surname');
}

/**
 * Joins forms along the links, strongest first, refusing a join when any two signatures of the two
 * clusters conflict (Vladimir Poutine never joins Lyudmila Poutine through a bare "Poutine").
 */
export function clusterForms(forms: readonly Form[]): { clusters: Cluster[]; rejected: RejectedMerge[] } {
  const graph = linkGraph(forms);
  const parent = forms.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const members = forms.map((f, i) => ({
    sigs: new Map([[signatureKey(f.sig), f.sig]]),
    existing: f.existing,
    forms: [i],
    links: [] as Cluster['links'],
  }));
  const edges = graph
    .mapEdges((_, attr, s, t) => ({ a: Number(s), b: Number(t), reason: attr.reason as MergeReason }))
    .sort((x, y) => STRENGTH[x.reason] - STRENGTH[y.reason] || x.a - y.a || x.b - y.b);
  const rejected: RejectedMerge[] = [];
  const refused = new Set<string>();
  for (const { a, b, reason } of edges) {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) continue;
    const [ca, cb] = [members[ra]!, members[rb]!];
    const why =
      ca.existing && cb.existing ? 'both-existing' : firstConflict(ca.sigs, cb.sigs, reason === 'same-id');
    if (why) {
      const entry: RejectedMerge = {
        type: forms[a]!.type,
        a: forms[a]!.name,
        b: forms[b]!.name,
        link: reason,
        reason: why,
      };
      const key = `${entry.type}|${entry.a}|${entry.b}|${why}`;
      if (!refused.has(key)) rejected.push(entry);
      refused.add(key);
      continue;
    }
    parent[rb] = ra;
    for (const [k, s] of cb.sigs) ca.sigs.set(k, s);
    ca.existing ||= cb.existing;
    ca.forms.push(...cb.forms);
    ca.links.push(...cb.links, { from: forms[a]!.name, to: forms[b]!.name, reason });
  }
  const clusters = members
    .filter((_, i) => find(i) === i)
    .map((m) => ({ forms: m.forms.sort((x, y) => x - y).map((i) => forms[i]!), links: m.links }));
  return { clusters, rejected };
}

function firstConflict(a: Map<string, Signature>, b: Map<string, Signature>, strong: boolean) {
  for (const sa of a.values())
    for (const sb of b.values()) {
      const why = conflict(sa, sb, strong);
      if (why) return why;
    }
  return undefined;
}
