import type { Entity } from '../model/index.js';
import { normalizeName } from './fold-name.js';
import { personName } from './person-name.js';

/** What two entities of one cluster must agree on; the name forms themselves are matched elsewhere. */
export interface Signature {
  type: string;
  given?: string;
  surname?: string;
  kind?: string;
  /** Administrative head word of a region's name: "territoire" for "Territoire de Perm", "" for "Perm". */
  head?: string;
  number?: string;
  echelon?: string;
  date?: string;
  /** Events: the folded title. Extractor ids cut long titles, so two events of one day may share an id. */
  title?: string;
}

// "Territoire de Perm", "région de Kursk", "district de Komi-Permyak", "oblast de Moscou", "kraï de Krasnodar".
const REGION_HEAD =
  /^(territoire|region|oblast|krai|kray|republique|district|province|okrug|ville|city|village|arrondissement|canton|departement)\b/;

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v ? v : typeof v === 'number' ? String(v) : undefined;

export function signatureOf(entity: Entity): Signature {
  const p = entity.properties;
  const sig: Signature = { type: entity.type, kind: str(p.kind) };
  if (entity.type === 'Person') Object.assign(sig, personName(entity.name));
  if (entity.type === 'Region') sig.head = REGION_HEAD.exec(normalizeName(entity.name))?.[1] ?? '';
  if (entity.type === 'MilitaryUnit') Object.assign(sig, { number: str(p.number), echelon: str(p.echelon) });
  if (entity.type === 'Agreement') sig.date = str(p.date);
  if (entity.type === 'Event')
    Object.assign(sig, { date: str(p.date), title: normalizeName(str(p.title) ?? entity.name) });
  return sig;
}

export const signatureKey = (s: Signature): string => JSON.stringify(s);
