import type { ParsedDocument, ParsedEvent, Span } from '../../../model/index.js';
import { normalizeName } from '../../core/normalize-name.js';
import type { Candidate } from '../../core/types.js';
import { matchAll } from '../../core/match-all.js';
import { POST_HOLDER_MAX_GAP, REPORTING_VERB_AFTER, SELON_CUE_BEFORE } from '../../core/text-windows.js';

const REPORTING_VERB =
  '(?:noté|note|déclaré|déclare|dit|informé|informe|mentionné|mentionne|souligné|souligne|signalé|signale|raconté|raconte|rapporté|rapporte|indiqué|indique|précisé|précise|expliqué|explique|ajouté|ajoute|parlé|parle|évoqué|évoque|présenté|présente|annoncé|annonce|affirmé|affirme|rappelé|rappelle|estimé|estime|salué|développé|commencé|poursuivi|cité|relevé|fait savoir|fait état|fait part|assuré|assure|confirmé|confirme|exposé|décrit|admis|constaté|reconnu|insisté|proposé|demandé|partagé|résumé|conclu|répondu|convenu|exprimé|abordé|détaillé|énuméré|communiqué|attiré|remercié|réaffirmé|réaffirme|souhaité)';
const ADVERBS = String.raw`(?:(?:également|aussi|encore|ensuite|déjà|enfin|longuement|notamment|par ailleurs|en outre|\p{L}+ment)\s+)*`;
const AFTER_SUBJECT = new RegExp(
  String.raw`^\s*(?:,[^,.]{0,60},\s*)?(?:(?:a|avait|ont|aurait)\s+)?${ADVERBS}${REPORTING_VERB}(?![\p{L}])`,
  'iu',
);
// "Selon Mr. Likhatchev, …", "d’après Monsieur Ivanov": a form of address may stand between the cue and the name.
const SELON_BEFORE = /(?:selon|d['’]après|aux dires de|pour)\s+(?:(?:M\.|Mr\.?|Mme|Monsieur|Madame)\s+)?$/iu;
const SELON_ADDRESS_BEFORE = 24;

// "Le président russe a noté…", "Le chef de l’État a rappelé…", "Selon le président turc, …": a leader named
// by post alone. Alone or called Russian, the host; with another nationality, the foreign leader of the event.
const LEADERS =
  /\b(?:le|la)\s+(présidente?|chef de l['’]État|Premier ministre|dirigeant|dirigeante)(?![\p{L}-])/giu;
const NATIONALITY = /^\s+(\p{Ll}[\p{L}-]*)(?![\p{L}-])/u;
const NOT_NATIONALITY = /^(?:de|du|des|d|a|et|ou|qui|que|en|se|the|par|pour|avec|sur|élu|élue|avait|était)$/u;
const HOST_ADJECTIVE = /^russes?$/iu;

/** The host of the compilation and the people of an event who may be "le président turc". */
export interface Leaders {
  host?: Candidate;
  hostKey?: string;
}

// Posts that name one person in a meeting: "le gouverneur", "le chef de la région", "le ministre".
// "le président" is left out: in these releases it is most often the host, never resolved by apposition.
const POSTS =
  /\b(?:le|la)\s+(gouverneure?|chef de (?:la )?région|chef de l['’]administration|dirigeant de la région|maire|vice-premier ministre|premier ministre|ministre|directeur général|directrice générale|directeur|directrice|commandant|chef d['’]état-major(?: général)?|ambassadeur|ambassadrice|président-directeur général|PDG|recteur|rectrice)\b/giu;
const REGION_CHIEF = /^(?:chef de (?:la )?région|dirigeant de la région|chef de l['’]administration)$/iu;

/** People of the event (Person candidates whose mention lies in it). */
export const peopleOf = (found: readonly Candidate[], ev: ParsedEvent) =>
  found.filter((c) => c.type === 'Person' && c.span.start >= ev.start && c.span.end <= ev.end);

/** The Person candidate at a span (overlapping), else the one whose folded name equals or ends the text. */
export function personFor(found: readonly Candidate[], span: Span, text: string): Candidate | undefined {
  const people = found.filter((c) => c.type === 'Person');
  const at = people.find((c) => c.span.start < span.end && c.span.end > span.start);
  if (at) return at;
  const key = normalizeName(text);
  const last = key.split(' ').pop() ?? key;
  return (
    people.find((c) => normalizeName(c.name) === key) ??
    people.find((c) => normalizeName(c.name).split(' ').pop() === last)
  );
}

/** Who holds a post in the event: the first person named right after it ("le gouverneur de la région d’Arkhangelsk, Alexander Tsybulsky"). */
export function holderOf(
  doc: ParsedDocument,
  found: readonly Candidate[],
  ev: ParsedEvent,
  post: string,
): Candidate | undefined {
  const people = peopleOf(found, ev);
  const wanted = REGION_CHIEF.test(post)
    ? /^gouverneure?$|^chef de (?:la )?région$/iu
    : new RegExp(`^${post}$`, 'iu');
  const text = doc.text.slice(ev.start, ev.end);
  for (const m of matchAll(text, POSTS)) {
    if (!wanted.test(m[1]!)) continue;
    const from = ev.start + m.index + m[0].length;
    const gap = (c: Candidate) => doc.text.slice(from, c.span.start);
    const next = people.filter(
      (c) => c.span.start >= from && c.span.start - from <= POST_HOLDER_MAX_GAP && !/[.!?\n]/.test(gap(c)),
    )[0];
    if (next) return next;
  }
  const titled = people.find((c) => {
    const titles = c.properties?.titles;
    return (
      Array.isArray(titles) &&
      titles.some((t) => wanted.test(String(t)) || String(t).toLowerCase().includes(post.toLowerCase()))
    );
  });
  return titled;
}

/**
 * The person a narrative sentence reports: "Dmitry Makhonin a informé…", "Le gouverneur a noté que…",
 * "Selon le gouverneur, …", "Le président russe a noté…" (with `leaders`). Undefined when the sentence names no reporter (the previous one stays in scope).
 */
export function reporterIn(
  doc: ParsedDocument,
  found: readonly Candidate[],
  ev: ParsedEvent,
  sentence: Span,
  leaders?: Leaders,
): Candidate | undefined {
  const text = doc.text;
  const people = peopleOf(found, ev).filter(
    (c) => c.span.start >= sentence.start && c.span.end <= sentence.end,
  );
  for (const p of people) {
    const after = text.slice(p.span.end, Math.min(sentence.end, p.span.end + REPORTING_VERB_AFTER));
    const before = text.slice(Math.max(sentence.start, p.span.start - SELON_ADDRESS_BEFORE), p.span.start);
    if (AFTER_SUBJECT.test(after) || SELON_BEFORE.test(before)) return p;
  }
  const s = text.slice(sentence.start, sentence.end);
  for (const m of matchAll(s, POSTS)) {
    const after = s.slice(m.index + m[0].length, m.index + m[0].length + REPORTING_VERB_AFTER);
    const before = s.slice(Math.max(0, m.index - SELON_CUE_BEFORE), m.index);
    if (!AFTER_SUBJECT.test(after) && !SELON_BEFORE.test(before)) continue;
    const holder = holderOf(doc, found, ev, m[1]!);
    if (holder) return holder;
  }
  return leaders ? leaderIn(s, found, ev, leaders) : undefined;
}

// The leader a sentence reports by post: "Le président égyptien a rappelé que…" → the event's Egyptian guest.
function leaderIn(
  s: string,
  found: readonly Candidate[],
  ev: ParsedEvent,
  leaders: Leaders,
): Candidate | undefined {
  for (const m of matchAll(s, LEADERS)) {
    const rest = s.slice(m.index + m[0].length, m.index + m[0].length + REPORTING_VERB_AFTER);
    const selon = SELON_BEFORE.test(s.slice(Math.max(0, m.index - SELON_CUE_BEFORE), m.index));
    const adjective = NATIONALITY.exec(rest);
    const nationality =
      adjective && !NOT_NATIONALITY.test(adjective[1]!) && !AFTER_SUBJECT.test(rest) ? adjective : null;
    const verb = nationality ? rest.slice(nationality[0].length) : rest;
    if (!AFTER_SUBJECT.test(verb) && !(selon && (nationality || /^\s*,/u.test(rest)))) continue;
    if (!nationality || HOST_ADJECTIVE.test(nationality[1]!)) return leaders.host;
    return foreignLeader(found, ev, m[1]!, leaders);
  }
  return undefined;
}

// The foreign leader of the event: a guest titled like the post, else the first other person of the heading or the text.
function foreignLeader(
  found: readonly Candidate[],
  ev: ParsedEvent,
  post: string,
  leaders: Leaders,
): Candidate | undefined {
  const others = peopleOf(found, ev).filter(
    (c) => !leaders.hostKey || normalizeName(c.name).split(' ').pop() !== leaders.hostKey,
  );
  const word = post.toLowerCase().split(' ')[0]!;
  const titled = others.find((c) => {
    const titles = c.properties?.titles;
    return Array.isArray(titles) && titles.some((t) => String(t).toLowerCase().startsWith(word));
  });
  const inHeading = others.find(
    (c) =>
      (c.span.start >= ev.heading.start && c.span.end <= ev.heading.end) ||
      (c.span.start >= ev.title.start && c.span.end <= ev.title.end),
  );
  return titled ?? inHeading ?? others[0];
}

/** The guest of a meeting, named in its heading ("Rencontre avec le gouverneur du territoire de Perm Dmitry Makhonin"). */
export function guestOf(found: readonly Candidate[], ev: ParsedEvent): Candidate | undefined {
  if (ev.kind !== 'meeting' && !/^(?:rencontre|réunion|entretien)/iu.test(ev.title.text)) return undefined;
  const inHeading = (c: Candidate) =>
    (c.span.start >= ev.heading.start && c.span.end <= ev.heading.end) ||
    (c.span.start >= ev.title.start && c.span.end <= ev.title.end);
  return peopleOf(found, ev).find(inHeading);
}
