import type { ParsedDocument, Span } from '../../../model/index.js';
import type { Candidate } from '../../core/types.js';
import { DIRECTION_CUE, NOT_SCENE, RELATIVE_DIRECTION, THEATRE_CUE } from './unit-lexicon.js';
import { BEARING_CUE_BEFORE, THEATRE_CUE_BEFORE } from '../../core/text-windows.js';

/** What the OPERATED_IN readings share for one document. */
export interface Context {
  doc: ParsedDocument;
  units: readonly Candidate[];
  unitsIn: (s: Span) => Candidate[];
  regionsIn: (s: Span) => Candidate[];
  parents: ReadonlySet<Candidate>;
  sentence: (offset: number) => Span;
  add: (unit: Candidate, region: Candidate, evidence: Span) => void;
}

const LOCAL_KINDS = new Set(['city', 'village', 'locality', 'settlement', 'site']);

// Unit names hold trigger words of their own ("brigade d’assaut aérien"): look only at the rest.
export function withoutUnits(text: string, sentence: Span, units: readonly Candidate[]): string {
  let s = text.slice(sentence.start, sentence.end);
  for (const u of units) {
    const a = u.span.start - sentence.start;
    s = s.slice(0, a) + ' '.repeat(u.span.end - u.span.start) + s.slice(u.span.end - sentence.start);
  }
  return s;
}

// Places of the action, not a bearing ("au nord de la Malaisie Loknya"), a place of origin or make
// ("basée à Sébastopol") nor a country named as the
// owner of another place ("région de Sommen de l’Ukraine"); "déployé au Bélarus" keeps its country.
const GENITIVE_BEFORE = /(?:^|\s)(?:de\s+l[’']|de\s+la|de|d[’']|du|des)\s*$/u;
export function placesIn(text: string, sentence: Span, regions: readonly Candidate[]): Candidate[] {
  return regions.filter((r) => {
    const before = text.slice(Math.max(sentence.start, r.span.start - BEARING_CUE_BEFORE), r.span.start);
    if (RELATIVE_DIRECTION.test(before) || NOT_SCENE.test(before)) return false;
    if (r.properties?.kind !== 'country') return true;
    const owner = GENITIVE_BEFORE.test(before) && regions.some((o) => o !== r && o.span.end <= r.span.start);
    return !owner;
  });
}

export const isGrouping = (u: Candidate) => u.properties?.echelon === 'group';

export const isDirection = (text: string, r: Candidate) =>
  DIRECTION_CUE.test(text.slice(Math.max(0, r.span.start - THEATRE_CUE_BEFORE), r.span.start));

/** A place wider than a town: a federal subject, a country, an area. */
export const isArea = (r: Candidate) => !LOCAL_KINDS.has(String(r.properties?.kind));

/** An area, or a town named as a theatre ("direction de Pokrovsk", "secteur de …"). */
export const isProvince = (text: string, r: Candidate) =>
  isArea(r) || THEATRE_CUE.test(text.slice(Math.max(0, r.span.start - THEATRE_CUE_BEFORE), r.span.start));
