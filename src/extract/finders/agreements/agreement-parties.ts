import type { ParsedDocument, Span } from '../../../model/index.js';
import { normalizeName } from '../../core/normalize-name.js';
import { sentenceAt } from '../../core/sentences.js';
import type { Candidate, RelationCandidate } from '../../core/types.js';
import { PARTIES_CLAUSE_REACH } from '../../core/text-windows.js';

const PARTY_TYPES = new Set(['Region', 'Organization']);
// "accord entre la Fédération de Russie et la République du Bélarus sur …": the parties stand
// between "entre" and the subject or the date.
const BETWEEN =
  /(?:^|\s)(?:entre|between)\s(.*?)(?=\s(?:sur|relatif|relative|concernant|pour|on|du\s+\d|de\s+\d{4})\s|$)/su;
// "le ministère de l’Énergie de la Fédération de Russie", "le Secrétariat de l’ONU": the body owned is the party.
const GENITIVE_BEFORE = /(?:^|\s)(?:(?:de|d[’']|du|des)\s*|de\s+la\s+|de\s+l[’']\s*)$/u;
const GENITIVE_CUE_BEFORE = 8;
// "l’accord …, signé à Istanbul le 22 juillet par la Russie, la Turquie, l’Ukraine et l’ONU": the signatories.
const SIGNED_BY = /^[^.;:!?]*?\bsign(?:é|ée|és|ées)(?![\p{L}])[^.;:!?]*?\spar\s/u;
// "accord intergouvernemental de 2018 …": an act between the governments of the host and the partner.
const INTERGOVERNMENTAL = /\b(?:intergouvernementa(?:l|le|ux|les)|interétatique|bilatéra(?:l|le|ux|les))\b/iu;
const CLAUSE_END = /[.;:!?\n]/u;
// Acts that bind no state of the event: "convention de Genève", "accords de Minsk" (named after a
// place, between others), an "accord inter-agence" between agencies, a ceasefire proposal.
const NAMED_AFTER_PLACE = /^\S+\s+(?:de|d[’'])\s*\p{Lu}/u;
const BETWEEN_AGENCIES = /inter-?agences?|interministériel|interdépartement/iu;
const NEVER_BY_DEFAULT = new Set(['convention', 'ceasefire_proposal', 'charter']);

const inside = (c: Candidate, s: Span) => c.span.start >= s.start && c.span.end <= s.end;

/**
 * PARTY_TO: the states or bodies named between "entre … et …" in (or right after) the act's name.
 * An act that names none ("déclaration conjointe", "accords intergouvernementaux …", "accord de 2018
 * sur la fourniture de systèmes S-400") binds the states that the event's other acts name as parties.
 */
export function findParties(doc: ParsedDocument, found: readonly Candidate[]): RelationCandidate[] {
  const acts = found.filter((c) => c.type === 'Agreement').sort((a, b) => a.span.start - b.span.start);
  const bodies = found.filter((c) => PARTY_TYPES.has(c.type));
  const explicit = new Map<Candidate, Candidate[]>();
  for (const act of acts) {
    const reach = reachOf(doc.text, act, acts);
    const m = BETWEEN.exec(doc.text.slice(act.span.start, reach));
    if (!m) continue;
    const from = act.span.start + m.index + m[0].length - m[1]!.length;
    const segment = { start: from, end: from + m[1]!.length };
    // "l’Agence de développement de l’énergie atomique d’Ouzbékistan": the agency is the party, not its country.
    const named = bodies.filter((b) => inside(b, segment));
    const parties = named.filter(
      (b) =>
        !named.some((o) => o !== b && inside(b, o.span)) &&
        !GENITIVE_BEFORE.test(doc.text.slice(b.span.start - GENITIVE_CUE_BEFORE, b.span.start)),
    );
    if (parties.length > 0) explicit.set(act, parties);
  }
  for (const act of acts) {
    if (explicit.has(act)) continue;
    const signers = signedBy(doc.text, act, acts, bodies);
    if (signers.length > 0) explicit.set(act, signers);
  }
  const out: RelationCandidate[] = [];
  const relate = (act: Candidate, parties: readonly Candidate[]) => {
    for (const p of parties) {
      out.push({
        type: 'PARTY_TO',
        source: { candidate: p },
        target: { candidate: act },
        evidence: sentenceAt(doc, act.span.start),
      });
    }
  };
  for (const [act, parties] of explicit) relate(act, parties);
  const states = [...explicit]
    .map(([a, p]) => [a, p.filter((c) => c.type === 'Region')] as const)
    .filter(([, p]) => p.length > 0);
  for (const act of acts) {
    if (explicit.has(act) || !boundByDefault(act)) continue;
    const near = nearestStates(act, states);
    relate(act, distinct(near.length > 0 ? near : intergovernmental(doc, act, found)));
  }
  return out;
}

// "… signé à Istanbul le 22 juillet par la Russie, la Turquie, l’Ukraine et l’ONU": states and bodies after "par".
function signedBy(
  text: string,
  act: Candidate,
  acts: readonly Candidate[],
  bodies: readonly Candidate[],
): Candidate[] {
  const reach = reachOf(text, act, acts);
  const m = SIGNED_BY.exec(text.slice(act.span.end, reach));
  if (!m) return [];
  const segment = { start: act.span.end + m[0].length, end: reach };
  const named = bodies.filter((b) => inside(b, segment));
  return named.filter((b) => !named.some((o) => o !== b && inside(b, o.span)));
}

// "l’accord intergouvernemental de 2018 sur la zone industrielle …" in a call with Egypt binds Russia and Egypt:
// the host country and the one country the event's heading names.
function intergovernmental(doc: ParsedDocument, act: Candidate, found: readonly Candidate[]): Candidate[] {
  if (!INTERGOVERNMENTAL.test(act.name)) return [];
  const ev = doc.events.find((e) => e.index === act.event);
  if (!ev) return [];
  const inHeading = (c: Candidate) =>
    c.span.start >= ev.heading.start && c.span.end <= ev.heading.end && c.type === 'Region';
  const countries = found.filter((c) => inHeading(c) && c.properties?.kind === 'country');
  const host = found.find((c) => c.type === 'Region' && HOST.test(normalizeName(c.canonical ?? c.name)));
  const partners = distinct(
    countries.filter((c) => c !== host && !HOST.test(normalizeName(c.canonical ?? c.name))),
  );
  return host && partners.length === 1 ? [host, partners[0]!] : [];
}
const HOST = /^(?:federation de )?russie$/;

// The closest act of the same event that names its states speaks of the same partners: "accord de
// 2018 sur la fourniture de systèmes S-400" after the "programme … entre la Fédération de Russie et la
// République de l’Inde".
function nearestStates(act: Candidate, states: readonly (readonly [Candidate, Candidate[]])[]): Candidate[] {
  let best: readonly [Candidate, Candidate[]] | undefined;
  for (const entry of states) {
    if (entry[0].event !== act.event) continue;
    if (!best || distance(entry[0], act) < distance(best[0], act)) best = entry;
  }
  return best ? best[1] : [];
}
const distance = (a: Candidate, b: Candidate) => Math.abs(a.span.start - b.span.start);

// The name may stop before its partners ("mémorandum d’accord sur … entre Rosatom et l’Agence …"):
// look on to the end of the clause, but not into the next act.
function reachOf(text: string, act: Candidate, acts: readonly Candidate[]): number {
  const stop = CLAUSE_END.exec(text.slice(act.span.end, act.span.end + PARTIES_CLAUSE_REACH));
  let reach = stop ? act.span.end + stop.index : Math.min(text.length, act.span.end + PARTIES_CLAUSE_REACH);
  const next = acts.find((o) => o.span.start >= act.span.end);
  if (next && next.span.start < reach) reach = next.span.start;
  return reach;
}

function boundByDefault(act: Candidate): boolean {
  const kind = String(act.properties?.kind ?? '');
  return !NEVER_BY_DEFAULT.has(kind) && !NAMED_AFTER_PLACE.test(act.name) && !BETWEEN_AGENCIES.test(act.name);
}

function distinct(parties: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return parties.filter((p) => {
    const key = normalizeName(p.canonical ?? p.name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
