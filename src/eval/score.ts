// A faithful port of the reference scorer (shared/eval/score.mjs) so `kg eval` reports the same
// figures; test/eval/score.test.ts runs both on the same files and compares.
import type { Extraction, Relation } from '../model/index.js';

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}
export interface ScoreReport {
  document: string;
  entities: { overall: Prf; byType: Record<string, Prf> };
  relations: { overall: Prf; byType: Record<string, Prf> };
}

/** The hand-made gold format of shared/gold/ (entities and relations by key). */
export interface Gold {
  document: string;
  events?: Array<Record<string, unknown> & { key: string; title: string; date: string }>;
  entities: Array<Record<string, unknown> & { key: string; type: string }>;
  relations?: Array<{ type: string; source: string; target: string } & Record<string, unknown>>;
}

const TITLES = /^(mr|mrs|m|mme|monsieur|madame|president|presidente|le|la|les|l|the)\s+/;
function norm(s: unknown): string {
  let t = String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  for (let i = 0; i < 3; i++) t = t.replace(TITLES, '');
  return t;
}
const UNIT_ALIASES = new Map([
  ['pour cent', '%'],
  ['pourcent', '%'],
  ['percent', '%'],
  ['pct', '%'],
  ['dollar', 'usd'],
  ['dollars', 'usd'],
  ['$', 'usd'],
  ['rouble', 'rub'],
  ['roubles', 'rub'],
  ['ruble', 'rub'],
  ['m2', 'm²'],
  ['metre carre', 'm²'],
  ['metres carres', 'm²'],
  ['km2', 'km²'],
  ['kilometre carre', 'km²'],
  ['kilometres carres', 'km²'],
  ['kilometre', 'km'],
  ['kilometres', 'km'],
]);
export function normUnit(u: unknown): string {
  let t = String(u ?? '')
    .trim()
    .toLowerCase();
  if (t === '%' || t === 'm²' || t === 'km²') return t;
  t = t
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ');
  if (UNIT_ALIASES.has(t)) return UNIT_ALIASES.get(t)!;
  if (t.length > 3) t = t.replace(/(s|x)$/, '');
  return UNIT_ALIASES.get(t) ?? t;
}

type Item = Record<string, unknown> & {
  type: string;
  name?: unknown;
  aliases?: unknown[];
  properties?: Record<string, unknown>;
};
const names = (e: Item) => new Set([e.name, ...(e.aliases ?? [])].map(norm).filter(Boolean));
const words = (s: unknown) =>
  new Set(
    norm(s)
      .split(' ')
      .filter((w) => w.length > 3),
  );
const propsOf = (e: Item): Record<string, unknown> => ({ ...(e.properties ?? {}), ...e });

function jaccard(a: Set<string>, b: Set<string>): number {
  const inter = [...a].filter((w) => b.has(w)).length;
  return inter / Math.max(1, a.size + b.size - inter);
}

function matches(p: Item, g: Item): boolean {
  if (p.type !== g.type) return false;
  if (g.type === 'Figure') {
    const pp = propsOf(p);
    const pv = Number(pp.value),
      gv = Number(g.value);
    if (!Number.isFinite(pv) || !Number.isFinite(gv)) return false;
    const close = gv === 0 ? pv === 0 : Math.abs(pv - gv) / Math.abs(gv) <= 0.005;
    return close && normUnit(pp.unit) === normUnit(g.unit);
  }
  if (g.type === 'Event') {
    const pp = propsOf(p);
    if (String(pp.date ?? '').slice(0, 10) !== g.date) return false;
    const a = words(pp.title ?? p.name),
      b = words(g.title);
    const inter = [...a].filter((w) => b.has(w)).length;
    return inter / Math.max(1, Math.min(a.size, b.size)) >= 0.5;
  }
  const a = names(p),
    b = names(g);
  for (const n of a) if (b.has(n)) return true;
  if (g.type === 'Agreement') {
    for (const x of a) for (const y of b) if (jaccard(words(x), words(y)) >= 0.6) return true;
  }
  return false;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const stat = (bucket: Record<string, Counts>, type: string) => (bucket[type] ??= { tp: 0, fp: 0, fn: 0 });

/** Scores one document's extraction against its gold, exactly as shared/eval/score.mjs does. */
export function score(pred: Extraction, gold: Gold): ScoreReport {
  return scoreDetailed(pred, gold).report;
}

/** Whether each scored prediction matched gold (what calibration buckets), beside the report. */
export interface Matches {
  /** Entity id → true positive (events included). */
  entities: Map<string, boolean>;
  /** One row per scored relation (provenance and repeated keys left out, as the scorer does). */
  relations: { relation: Relation; matched: boolean }[];
  /** Gold relations, the denominator of coverage. */
  goldRelations: number;
}

/** `score` plus, for each prediction, whether it matched. */
export function scoreDetailed(pred: Extraction, gold: Gold): { report: ScoreReport; matches: Matches } {
  const found: Matches = { entities: new Map(), relations: [], goldRelations: 0 };
  const goldEntities: Item[] = [
    ...(gold.events ?? []).map((e) => ({ ...e, type: 'Event' })),
    ...(gold.entities as Item[]),
  ];
  const predEntities = (pred.entities ?? []).filter((e) => e.type !== 'Document') as unknown as Item[];
  const predToGold = new Map<unknown, unknown>();
  const goldMatched = new Set<unknown>();
  const entityStats: Record<string, Counts> = {};
  for (const p of predEntities) {
    const candidates = goldEntities.filter((g) => matches(p, g));
    const free = candidates.find((g) => !goldMatched.has(g.key));
    if (free) {
      goldMatched.add(free.key);
      predToGold.set(p.id, free.key);
      stat(entityStats, p.type).tp++;
      found.entities.set(String(p.id), true);
    } else {
      found.entities.set(String(p.id), false);
      if (candidates[0]) predToGold.set(p.id, candidates[0].key);
      stat(entityStats, p.type).fp++;
    }
  }
  for (const g of goldEntities) if (!goldMatched.has(g.key)) stat(entityStats, g.type).fn++;

  const SKIP = new Set(['MENTIONED_IN', 'DESCRIBES']);
  const SYMMETRIC = new Set(['PARTNER_OF']);
  const keyOf = (t: string, s: unknown, o: unknown) =>
    SYMMETRIC.has(t) && String(s) > String(o) ? `${t}|${o}|${s}` : `${t}|${s}|${o}`;
  const goldRel = new Map<string, string>();
  for (const r of gold.relations ?? [])
    if (!SKIP.has(r.type)) goldRel.set(keyOf(r.type, r.source, r.target), r.type);
  for (const e of gold.entities) {
    if (e.type !== 'Figure') continue;
    if (e.about) goldRel.set(keyOf('MEASURES', e.key, e.about), 'MEASURES');
    if (e.stated_by) goldRel.set(keyOf('STATED', e.stated_by, e.key), 'STATED');
  }
  const relStats: Record<string, Counts> = {};
  const relMatched = new Set<string>();
  const seenPred = new Set<string>();
  for (const r of pred.relations ?? []) {
    if (SKIP.has(r.type)) continue;
    const s = predToGold.get(r.source),
      o = predToGold.get(r.target);
    const k = s && o ? keyOf(r.type, s, o) : null;
    const predKey = `${r.type}|${r.source}|${r.target}`;
    if (seenPred.has(predKey)) continue;
    seenPred.add(predKey);
    const matched = Boolean(k && goldRel.has(k) && !relMatched.has(k));
    found.relations.push({ relation: r, matched });
    if (matched) {
      relMatched.add(k!);
      stat(relStats, r.type).tp++;
    } else stat(relStats, r.type).fp++;
  }
  found.goldRelations = goldRel.size;
  for (const [k, t] of goldRel) if (!relMatched.has(k)) stat(relStats, t).fn++;

  const byType = (bucket: Record<string, Counts>) =>
    Object.fromEntries(Object.entries(bucket).map(([k, v]) => [k, prf(v)]));
  const report = {
    document: gold.document,
    entities: { overall: prf(sum(entityStats)), byType: byType(entityStats) },
    relations: { overall: prf(sum(relStats)), byType: byType(relStats) },
  };
  return { report, matches: found };
}

export function prf({ tp, fp, fn }: Counts): Prf {
  const p = tp + fp ? tp / (tp + fp) : 0,
    r = tp + fn ? tp / (tp + fn) : 0;
  return {
    tp,
    fp,
    fn,
    precision: +p.toFixed(3),
    recall: +r.toFixed(3),
    f1: +(p + r ? (2 * p * r) / (p + r) : 0).toFixed(3),
  };
}
export const sum = (bucket: Record<string, Counts>): Counts =>
  Object.values(bucket).reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });

/** The reference scorer's text layout, one line per type. */
export function formatReport(report: ScoreReport): string {
  const line = (name: string, m: Prf) =>
    `${name.padEnd(16)} P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`;
  const out = [`# ${report.document}`];
  for (const [t, m] of Object.entries(report.entities.byType)) out.push(line(t, m));
  out.push(line('ENTITIES', report.entities.overall));
  for (const [t, m] of Object.entries(report.relations.byType)) out.push(line(t, m));
  out.push(line('RELATIONS', report.relations.overall));
  return out.join('\n');
}
