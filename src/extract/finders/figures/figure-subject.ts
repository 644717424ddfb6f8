import type { ParsedDocument, ParsedEvent, Span } from '../../../model/index.js';
import { normalizeName } from '../../core/normalize-name.js';
import type { Candidate } from '../../core/types.js';
import {
  FOLLOWING_SUBJECT_MAX_GAP,
  LOCATING_PLACE_MAX_GAP,
  LOCATIVE_CUE_BEFORE,
  PASSIVE_AGENT_BEFORE,
} from '../../core/text-windows.js';

const TARGET_TYPES = new Set(['Region', 'Organization', 'MilitaryUnit', 'Agreement']);
// How sure the subject is, best first: inside or right after the figure, earlier in the sentence, the previous sentence, the event.
export type SubjectRank = 1 | 2 | 3 | 4 | 5;
export interface Subject {
  candidate: Candidate;
  rank: SubjectRank;
}

// "67.000 militaires … des forces armées ukrainiennes", "259 km2 du territoire de la région de Kursk",
// "un seul centre dans la région de Moscou" — but not "six projets … par Ualkali" (an agent is no subject).
const LINK_AFTER =
  /(?:\bd[eu]s?\s+|\bd['’]|\bde la\s+|\bde l['’]|\bdans (?:la |le |les |l['’])?|\ben\s+|\bau\s+)$/iu;
// "les recettes du budget du district", "le chômage dans le territoire", "les salaires dans la république":
// the federal subject the event is about.
const GENERIC_REGION =
  /\b(?:la|cette|notre) (?:région|république)\b(?!\s+(?:de|du|d['’]))|\b(?:le|ce|du|notre) (?:territoire|district)\b(?!\s+(?:de|du|d['’]))/iu;
// "La corporation emploie 600 000 personnes", "les ventes de l’usine": the company the event is about.
const GENERIC_COMPANY =
  /(?:\b(?:la|cette|notre) (?:corporation|compagnie|société|holding)|\bl['’](?:entreprise|usine)|\b(?:le|ce|notre) (?:groupe|combinat|holding)|\bnotre (?:entreprise|usine))(?![\p{L}-])(?!\s+(?:de|du|d['’]|des)\s)/iu;
// "la consommation d’électricité dans le pays a augmenté de 3,1%": the partner country of the event, else Russia.
const GENERIC_COUNTRY = /\b(?:le|ce|du|notre) pays\b(?!\s+(?:de|du|d['’]|des)\s)/iu;
// "le commerce bilatéral a atteint 7,5 milliards de dollars": trade with the partner of the event.
const BILATERAL = /\bbilatéra(?:l|le|ux|les)\b|(?<![\p{L}])échanges commerciaux\b/iu;
// "Kirovsk, que le Bachkortostan parraine depuis 2022: 17 écoles…": the subject of a relative clause is not
// what it says about its antecedent.
const RELATIVE_BEFORE = /,\s*qu(?:e\s+|['’]\s*)(?:le |la |les |l['’])?$/iu;
const RELATIVE_CUE_BEFORE = 12;
// "27 localités ont été libérées par le groupe de forces Nord": the agent of a passive did what is counted.
const PASSIVE_AFTER =
  /^\s+(?:a|ont|est|sont|avait|avaient|sera|seront)\s+été\s+\p{L}+\s+par\s+(?:le |la |les |l['’])?$/iu;
const HOST = /^(?:federation de )?russie$/;

/** Candidates a figure may measure in one event, in text order. */
export function targetsOf(found: readonly Candidate[], ev: ParsedEvent): Candidate[] {
  const placeKey = ev.place ? normalizeName(ev.place.text) : '';
  return found
    .filter((c) => TARGET_TYPES.has(c.type) && c.span.start >= ev.start && c.span.end <= ev.end)
    .filter((c) => !(ev.place && c.span.start >= ev.place.start && c.span.end <= ev.place.end))
    .filter(
      (c) =>
        !(
          c.type === 'Region' &&
          (c.properties?.kind === 'site' ||
            (placeKey &&
              placeKey.includes(normalizeName(c.name)) &&
              c.properties?.kind !== 'federal_subject'))
        ),
    )
    .sort((a, b) => a.span.start - b.span.start);
}

/**
 * What the event is about when a sentence says nothing: the region or body of the heading
 * ("Rencontre avec le gouverneur de la région d’Arkhangelsk"), else of the lead paragraphs, else the place line.
 * The host country (Russia) is skipped in favour of the partner: "Pourparlers russo-biélorusses" are about Belarus.
 */
export function eventSubjectOf(found: readonly Candidate[], ev: ParsedEvent): Candidate | undefined {
  const targets = targetsOf(found, ev);
  const within = (s: Span) => (c: Candidate) => c.span.start >= s.start && c.span.end <= s.end;
  const lead = ev.paragraphs.filter((p) => p.kind !== 'place' && p.kind !== 'dateline').slice(0, 2);
  const heading = targets.filter((c) => within(ev.heading)(c) || within(ev.title)(c));
  // "Ont participé … le ministre des Finances Anton Silouanov, … le gouverneur de la région de Voronej Alexandre
  // Goussev": in a list of participants a region names one guest's post, not the topic
  const people = found.filter((c) => c.type === 'Person');
  const isRoll = (p: Span) => people.filter(within(p)).length >= PARTICIPANT_LIST_MIN;
  const fromLead = targets.filter((c) =>
    lead.some((p) => within(p)(c) && !(isRoll(p) && people.some((h) => isHolderAfter(c, h)))),
  );
  // "Visite d’un poste de commandement… – Région de Kursk": the place of a visit is what it is about;
  // "Novo-Ogaryovo, région de Moscou" for a meeting is only the venue
  const visit = ev.kind === 'visit' || /^(?:visite|voyage|déplacement|séjour)/iu.test(ev.title.text);
  const place =
    visit && ev.place ? found.filter((c) => c.type === 'Region' && within(ev.place!)(c) && !isMinor(c)) : [];
  const region = (list: Candidate[]) => list.find((c) => c.type === 'Region' && !isHost(c) && !isMinor(c));
  const other = (list: Candidate[]) => list.find((c) => c.type !== 'Region');
  return (
    region(heading) ??
    region(fromLead) ??
    region(place) ??
    other(heading) ??
    other(fromLead) ??
    heading[0] ??
    fromLead[0]
  );
}

const HOLDER_MAX_GAP = 3;
const PARTICIPANT_LIST_MIN = 3;
const isHolderAfter = (c: Candidate, person: Candidate) =>
  person.span.start >= c.span.end && person.span.start - c.span.end <= HOLDER_MAX_GAP;
const isHost = (c: Candidate) => HOST.test(normalizeName(c.canonical ?? c.name));
/** The company or body an event's heading names ("Rencontre avec le directeur général de Rostec …"). */
export const eventCompanyOf = (found: readonly Candidate[], ev: ParsedEvent): Candidate | undefined =>
  targetsOf(found, ev).find(
    (c) =>
      c.type === 'Organization' &&
      ((c.span.start >= ev.heading.start && c.span.end <= ev.heading.end) ||
        (c.span.start >= ev.title.start && c.span.end <= ev.title.end)),
  );

/** The host country (Russia) as the document names it, for "le pays" in an event that does not. */
export const homeCountryOf = (found: readonly Candidate[]): Candidate | undefined =>
  found.find((c) => c.type === 'Region' && isHost(c));
const isCountry = (c: Candidate) => c.type === 'Region' && c.properties?.kind === 'country';
// "le pays": the event's partner country, else the host country named in the event.
const countryOf = (targets: readonly Candidate[], eventSubject: Candidate | undefined) =>
  eventSubject && isCountry(eventSubject) ? eventSubject : targets.find((c) => isHost(c));

/** The subject in scope of a figure at `figure` in `sentence` (after `previous`, the sentence before in the paragraph). */
export function subjectOf(
  doc: ParsedDocument,
  targets: readonly Candidate[],
  figure: Span,
  sentence: Span,
  previous: Span | undefined,
  eventSubject: Candidate | undefined,
  scope: { home?: Candidate; company?: Candidate; body?: Candidate } = {},
): Subject | undefined {
  const { home, company, body } = scope;
  const text = doc.text;
  const notHost = (c: Candidate) => !(eventSubject && !isHost(eventSubject) && isHost(c));
  const namesake = (c: Candidate) => !!eventSubject && isNamesake(c, eventSubject);
  const usable = (c: Candidate) =>
    notHost(c) && !isMinor(c) && !(isLocativeCity(text, c) && !namesake(c)) && !isAgent(text, c);
  // "le port maritime d’Arkhangelsk" in a meeting about the Région d’Arkhangelsk stands for the region
  const lift = (c: Candidate): Candidate =>
    eventSubject && c !== eventSubject && isNamesake(c, eventSubject) ? eventSubject : c;
  const overlapping = targets.find((c) => c.span.start < figure.end && c.span.end > figure.start);
  if (overlapping) return { candidate: overlapping, rank: 1 };
  const following = targets.find((c) => {
    if (c.span.start < figure.end || c.span.end > sentence.end || !notHost(c) || isMinor(c)) return false;
    if (isLocativeCity(text, c) && !namesake(c)) return false;
    const gap = text.slice(figure.end, c.span.start);
    if (gap.length > FOLLOWING_SUBJECT_MAX_GAP) return false;
    if (PASSIVE_AFTER.test(gap)) return true;
    return !/[,;:()]/.test(gap) && !VERB_IN_GAP.test(gap) && LINK_AFTER.test(gap);
  });
  if (following) return { candidate: lift(following), rank: 1 };
  // "…de Sibérie occidentale, que 6 700 familles ont reçu…": a coordinated clause has its own subject
  const from = clauseStartOf(text, sentence.start, figure.start);
  const before = targets.filter(
    (c) =>
      c.span.start >= sentence.start &&
      c.span.end <= figure.start &&
      usable(c) &&
      (c.span.start >= from || isClauseSubject(text, sentence.start, c)),
  );
  let nearest = lastOf(before);
  if (
    nearest &&
    RELATIVE_BEFORE.test(text.slice(nearest.span.start - RELATIVE_CUE_BEFORE, nearest.span.start))
  )
    nearest = lastOf(before.filter((c) => c.span.end <= nearest!.span.start)) ?? nearest;
  const clause = text.slice(nearest ? nearest.span.end : sentence.start, figure.start);
  const generic = (re: RegExp) => {
    const g = re.exec(clause);
    // "…, que le district parraine: 31 installations": the post names the patron, not the place helped
    return !!g && !RELATIVE_BEFORE.test(clause.slice(0, g.index));
  };
  if (generic(GENERIC_REGION) && eventSubject) return { candidate: eventSubject, rank: 2 };
  if (company && generic(GENERIC_COMPANY)) return { candidate: company, rank: 2 };
  const country = generic(GENERIC_COUNTRY) ? (countryOf(targets, eventSubject) ?? home) : undefined;
  if (country) return { candidate: country, rank: 2 };
  if (BILATERAL.test(clause) && eventSubject && isCountry(eventSubject) && !isHost(eventSubject))
    return { candidate: eventSubject, rank: 2 };
  if (nearest) return { candidate: lift(headOf(text, targets, nearest)), rank: 2 };
  const sent = sentForward(text, targets, figure, sentence, usable);
  if (sent) return { candidate: lift(sent), rank: 2 };
  if (previous) {
    const last = lastOf(
      targets.filter((c) => c.span.start >= previous.start && c.span.end <= previous.end && usable(c)),
    );
    if (last) return { candidate: lift(headOf(text, targets, last)), rank: 3 };
  }
  if (eventSubject) return { candidate: eventSubject, rank: 4 };
  return body ? { candidate: body, rank: 5 } : undefined;
}

// "la ville de Krasny Luch dans la République populaire de Lougansk : 19 écoles…": the place located is the subject,
// not the larger one that locates it.
function headOf(text: string, targets: readonly Candidate[], c: Candidate): Candidate {
  const before = lastOf(
    targets.filter((t) => t.span.end <= c.span.start && c.span.start - t.span.end <= OWNER_LINK_MAX_GAP),
  );
  if (!before) return c;
  const gap = text.slice(before.span.end, c.span.start);
  if (
    gap.length <= LOCATING_PLACE_MAX_GAP &&
    /^\s+(?:dans|en)\s+(?:la\s+|le\s+|les\s+|l['’]\s*)?$/iu.test(gap)
  )
    return before;
  // "La 5e brigade de chars de la Garde de la 36e armée interarmes a avancé", "la compagnie Bashneft, filiale de
  // Rosneft, a investi": the complement names the owner; the subject is the head before it.
  return OWNER_LINK.test(gap) && !(c.type === 'Region' && before.type === 'Region')
    ? headOf(text, targets, before)
    : c;
}
/** A head to its owner: ", filiale de " (13), " de la " in a chain of units. */
const OWNER_LINK_MAX_GAP = 24;
const OWNER_LINK = /^\s*(?:,\s*\p{L}+(?:\s+\p{L}+)?\s+)?(?:de la|du|de l['’]|des|de|d['’])\s*$/iu;

// The mention closest before the figure; of nested ones the outer: "Novorossiysk Commercial Sea Port" over "Novorossiysk".
function lastOf(list: readonly Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of list)
    if (
      !best ||
      c.span.end > best.span.end ||
      (c.span.end === best.span.end && c.span.start < best.span.start)
    )
      best = c;
  return best;
}

// Rivers, sea routes, zones and sites are where things happen, not what statistics are about:
// "les expéditions le long de la route de la mer du Nord augmentant de 30%" measures the region.
const FEATURE =
  /^(?:la |le |l['’])?(?:rivière|fleuve|route|mer|océan|lac|zone|parc|golfe|baie|détroit|canal|corridor|voie|passage|plage|côte|littoral|forêt|massif|monts?)(?![\p{L}])/iu;
const isMinor = (c: Candidate) =>
  c.type === 'Region' &&
  (c.properties?.kind === 'site' || (c.properties?.kind === 'area' && FEATURE.test(c.name)));
// "AvtoVAZ à Togliatti a augmenté sa production de 12,4%", "l’usine KAMAZ de Naberezhnye Chelny a produit 42.500 camions",
// "12 points ouverts à Vladivostok": a city in a place phrase says where, not what is counted.
const LOCATIVE_BEFORE = /(?:^|\s)(?:à|au|aux|dans|de|du|en|près de|vers|sur)\s+$|(?:^|\s)d['’]$/iu;
const isLocativeCity = (text: string, c: Candidate) =>
  c.type === 'Region' &&
  c.properties?.kind === 'city' &&
  LOCATIVE_BEFORE.test(text.slice(Math.max(0, c.span.start - LOCATIVE_CUE_BEFORE), c.span.start));
// "six projets d’investissement sont en cours par Ualkali": the agent of a passive is not what the figure counts.
const isAgent = (text: string, c: Candidate) =>
  /\bpar\s+(?:le |la |les |l['’])?$/iu.test(
    text.slice(Math.max(0, c.span.start - PASSIVE_AGENT_BEFORE), c.span.start),
  );
// "près d’un million de personnes utilisent les services du transport de la rivière": a verb breaks the link.
const VERB_IN_GAP = /\s(?:est|sont|a|ont|\p{L}+(?:ent|ait|aient))\s/u;

// A city named like the region ("Arkhangelsk" / "Région d’Arkhangelsk"), not a different place.
function isNamesake(c: Candidate, region: Candidate): boolean {
  if (c.type !== 'Region' || region.type !== 'Region' || c.properties?.kind !== 'city') return false;
  const city = normalizeName(c.canonical ?? c.name);
  const whole = normalizeName(region.canonical ?? region.name);
  return city.length > 2 && whole !== city && new RegExp(`(?:^| )${city}$`).test(whole);
}

// ", et 1 100 stations ont été livrées…", "…, tandis que la Bashkir Soda Company…": a new clause with its own subject.
const CLAUSE_BREAK =
  /,\s*(?:et|mais|tandis qu['’]|tandis que|alors qu['’]|alors que)(?=\s|\p{L})|\bet\s+qu(?:e\s|['’])/giu;
function clauseStartOf(text: string, start: number, end: number): number {
  let from = start;
  for (const m of text.slice(start, end).matchAll(CLAUSE_BREAK)) from = start + m.index + m[0].length;
  return from;
}

// "Le Kouzbass a extrait…, mais les exportations ont baissé de 8,5%": a subject carries into the next clause;
// "…reste l’un des plus élevés de Sibérie occidentale, que 6 700 familles…": a complement after the verb does not.
function isClauseSubject(text: string, sentenceStart: number, c: Candidate): boolean {
  const start = clauseStartOf(text, sentenceStart, c.span.start);
  return !VERB_IN_GAP.test(` ${text.slice(start, c.span.start)}`);
}

// "312 incendies ont été enregistrés dans le territoire de Transbaïkalie", "1 100 stations ont été livrées aux unités
// du groupe de forces Ouest": with no subject before it, where the clause's verb sends the figure.
const SENT_TO =
  /(?:^|\s)(?:dans|en|à|au|aux)\s+(?:(?:la|le|les)\s+|l['’]\s*)?(?:\p{L}+\s+(?:d[eu]s?\s+|de la\s+|de l['’]|d['’]))?$/iu;
const SENT_TO_CUE_BEFORE = 40;
function sentForward(
  text: string,
  targets: readonly Candidate[],
  figure: Span,
  sentence: Span,
  usable: (c: Candidate) => boolean,
): Candidate | undefined {
  const rest = text.slice(figure.end, sentence.end);
  const stop = /[,;:()–]|\s(?:et|mais|dont|qui|que|où)\s/u.exec(rest);
  const end = figure.end + (stop ? stop.index : rest.length);
  return targets.find(
    (c) =>
      c.span.start >= figure.end &&
      c.span.end <= end &&
      usable(c) &&
      SENT_TO.test(text.slice(Math.max(figure.end, c.span.start - SENT_TO_CUE_BEFORE), c.span.start)),
  );
}
