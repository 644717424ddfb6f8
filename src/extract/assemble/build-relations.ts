import type { Entity, Evidence, ParsedDocument, Relation, Span } from '../../model/index.js';
import type { Candidate, Endpoint, RelationCandidate } from '../core/types.js';
import { allowedRelation } from './relation-rules.js';
import type { Replacements } from './select-candidates.js';

export interface RelationContext {
  doc: ParsedDocument;
  events: Entity[];
  entityOf: Map<Candidate, Entity>;
  replaced: Replacements;
}

/** Maps relation candidates onto entities, drops what the contract forbids, merges duplicates' evidence. */
export function buildRelations(candidates: readonly RelationCandidate[], ctx: RelationContext): Relation[] {
  const byKey = new Map<string, Relation>();
  for (const rc of candidates) {
    const source = endpointEntity(rc.source, ctx);
    const target = endpointEntity(rc.target, ctx);
    if (!source || !target || source === target) continue;
    if (!allowedRelation(rc.type, source.type, target.type)) continue;
    const key = `${rc.type}|${source.id}|${target.id}`;
    const evidence = evidenceOf(ctx.doc, rc.evidence);
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.evidence.some((e) => e.start === evidence.start && e.end === evidence.end)) {
        existing.evidence.push(evidence);
      }
      for (const [k, v] of Object.entries(rc.properties ?? {})) existing.properties[k] ??= v;
      continue;
    }
    byKey.set(key, {
      type: rc.type,
      source: source.id,
      target: target.id,
      properties: { ...(rc.properties ?? {}) },
      evidence: [evidence],
      ...(rc.rule ? { rule: rc.rule } : {}),
    });
  }
  return [...byKey.values()];
}

function endpointEntity(endpoint: Endpoint, ctx: RelationContext): Entity | undefined {
  if ('event' in endpoint) return ctx.events[endpoint.event - 1];
  let c = endpoint.candidate;
  for (let hops = 0; hops < 8 && !ctx.entityOf.has(c); hops++) {
    const next = ctx.replaced.get(c);
    if (!next) break;
    c = next;
  }
  return ctx.entityOf.get(c);
}

export function evidenceOf(doc: ParsedDocument, span: Span): Evidence {
  return { document: doc.id, start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
}

/** MENTIONED_IN per entity and event (evidence = the mention spans), DESCRIBES per event. */
export function provenanceRelations(
  doc: ParsedDocument,
  entities: readonly Entity[],
  events: readonly Entity[],
): Relation[] {
  const out: Relation[] = events.map((event, i) => ({
    type: 'DESCRIBES',
    source: doc.id,
    target: event.id,
    properties: {},
    evidence: [evidenceOf(doc, doc.events[i]!.heading)],
  }));
  for (const entity of entities) {
    const byEvent = new Map<number, Evidence[]>();
    for (const m of entity.mentions) {
      const index = doc.events.findIndex((e) => m.start >= e.start && m.start < e.end);
      if (index < 0) continue;
      byEvent.set(index, [...(byEvent.get(index) ?? []), evidenceOf(doc, m)]);
    }
    for (const [index, evidence] of byEvent) {
      out.push({
        type: 'MENTIONED_IN',
        source: entity.id,
        target: events[index]!.id,
        properties: {},
        evidence,
      });
    }
  }
  return out;
}
