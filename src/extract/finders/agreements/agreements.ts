import type { ParsedDocument, Properties } from '../../../model/index.js';
import { linkAgreements } from './agreement-coref.js';
import { agreementDate, signedAt } from './agreement-date.js';
import { matchAgreements, type AgreementMatch } from './agreement-phrase.js';
import { eventIndexAt } from '../../core/sentences.js';
import type { Candidate, EntityFinder } from '../../core/types.js';
import { matchAll } from '../../core/match-all.js';
import { SIGNED_AT_AFTER } from '../../core/text-windows.js';

/**
 * Agreement mentions: accord, traité, protocole, convention, mémorandum, déclaration conjointe,
 * programme, cessez-le-feu with their complement ("accord entre la Fédération de Russie et la
 * République du Bélarus sur …", "convention de Genève de 1949 sur les prisonniers de guerre").
 * Nested acts are kept as their own mentions ("protocole sur les modifications de l’accord … du
 * 25 décembre 1998" names the protocol and the 1998 accord). Properties: kind, date, place.
 */
export const findAgreements: EntityFinder = (doc: ParsedDocument) => {
  const text = doc.text;
  const matches = matchAgreements(text);
  const kept = matches.filter((m) => !(m.kind === 'ceasefire_proposal' && insideAnother(m, matches)));
  const candidates = [...kept.map((m) => toCandidate(doc, m)), ...countedProgrammes(doc, kept)];
  candidates.sort((a, b) => a.span.start - b.span.start);
  linkAgreements(candidates);
  return candidates;
};

// "accord potentiel de cessez-le-feu" is one mention, not two.
const insideAnother = (m: AgreementMatch, all: readonly AgreementMatch[]) =>
  all.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start);

function toCandidate(doc: ParsedDocument, m: AgreementMatch): Candidate {
  const name = doc.text.slice(m.start, m.end);
  const after = signedAt(doc.text.slice(m.end, m.end + SIGNED_AT_AFTER));
  const properties: Properties = { kind: m.kind, date: agreementDate(name) ?? after.date ?? null };
  if (after.place) properties.place = after.place;
  return {
    type: 'Agreement',
    name,
    span: { start: m.start, end: m.end },
    event: eventIndexAt(doc, m.start),
    ...(m.impliedName ? { canonical: m.impliedName } : {}),
    properties,
  };
}

// "les 28 programmes que nous avons planifiés" refers back to "28 programmes développés pour
// l’intégration économique": a count before a bare "programmes" ties it to the counted programme.
function countedProgrammes(doc: ParsedDocument, kept: readonly AgreementMatch[]): Candidate[] {
  const counts = new Map<string, string>();
  for (const m of kept) {
    if (m.kind !== 'programme') continue;
    const n = /(\d+)\s+$/.exec(doc.text.slice(Math.max(0, m.start - 8), m.start));
    if (n && !counts.has(n[1]!)) counts.set(n[1]!, doc.text.slice(m.start, m.end));
  }
  const out: Candidate[] = [];
  for (const [n, canonical] of counts) {
    for (const hit of matchAll(doc.text, new RegExp(`(?<!\\d)${n}\\s+programmes(?![\\p{L}])`, 'gu'))) {
      const start = hit.index;
      const end = start + hit[0].length;
      if (kept.some((m) => m.start < end && start < m.end)) continue;
      out.push({
        type: 'Agreement',
        name: hit[0],
        span: { start, end },
        event: eventIndexAt(doc, start),
        canonical,
        properties: { kind: 'programme', date: null },
      });
    }
  }
  return out;
}
