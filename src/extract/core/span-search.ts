import type { Span } from '../../model/index.js';
import type { Candidate } from './types.js';

/** Finds, among candidates, those lying inside a span, by binary search over their starts. */
export function createSpanSearch(candidates: readonly Candidate[]): (span: Span) => Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.span.start - b.span.start);
  return (span) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.span.start < span.start) lo = mid + 1;
      else hi = mid;
    }
    const out: Candidate[] = [];
    for (let i = lo; i < sorted.length && sorted[i]!.span.start < span.end; i++) {
      if (sorted[i]!.span.end <= span.end) out.push(sorted[i]!);
    }
    return out;
  };
}

/** Groups candidates by the 1-based index of their event. */
export function byEvent(candidates: readonly Candidate[]): Map<number, Candidate[]> {
  const out = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const list = out.get(c.event);
    if (list) list.push(c);
    else out.set(c.event, [c]);
  }
  return out;
}
