import type { ParsedDocument } from '../../../model/index.js';
import { containersOf, countryOfAdjective, lexiconGazetteer } from './gazetteer-lexicon.js';
import { foldForSearch } from '../../core/normalize-name.js';
import {
  focusRegion,
  isOrganization,
  isRegion,
  isRegionalMeeting,
  keyOf,
  kindOf,
  sameEntityIn,
  sentenceOf,
} from './geo-context.js';
import type { Candidate, RelationCandidate, RelationFinder } from '../../core/types.js';
import { FIRM_PLACE_MAX_GAP, PARTNER_CUE_BEFORE } from '../../core/text-windows.js';

// "le service … Ecokhod a ouvert ses portes sur la rivière Kama": a locative right after the name.
const LOCATIVE_HEAD = String.raw`(?:à|au|aux|sur\s+(?:la|le|l['’])|dans\s+(?:la|le|l['’]|les)|en|depuis\s+(?:la|le|l['’]))\s*(?:(?:ville|région|territoire|république)\s+(?:de|d['’]|du)\s*)?$`;
// What may lead to it: nothing, an apposition (", à Sourgout", ", basée à Vung Tau", "(SKIF) à"), or
// the firm's own verb with no comma ("Norilsk Nickel poursuit à Norilsk"). Another clause may not:
// "…des Émirats arabes unis, conclu la veille à Abou Dhabi" says where the memorandum was signed.
const LOCATIVE = new RegExp(
  String.raw`^(?:\s*,?\s*(?:(?:situé|basé|implanté|installé|établi|localisé)e?s?\s+)?|\s*\([^)]*\)\s*|\s+[^,;:()–—]*\s)${LOCATIVE_HEAD}`,
  'u',
);
// "Natalya Breus, la première chaîne d’information, le Bélarus." — an outlet and its country.
const OUTLET_COUNTRY = /^\s*,\s*(?:la|le|l['’]|les)?\s*$/u;
// "conjointement avec les chemins de fer russes", "discutés avec Roskhim": a partner, not a local firm.
// "des méthaniers pour le projet Arctic LNG 2 de Novatek": a customer or an owner, not a local firm.
// "l’usine d’aluminium de Krasnoïarsk, qui appartient à RUSAL": an owner, not a local firm.
const PARTNERED =
  /(?:\bavec|\bpour(?:\s+le\s+projet)?|\bde|\bd['’]|\bdu|\bappartient\s+à|\bappartenant\s+à|\bpropriété\s+(?:de|d['’]|du)|\bdétenue?s?\s+par|\bcontrôlée?s?\s+par)\s*(?:les?\s+|la\s+|l['’]\s*)?(?:(?:compagnie|société|groupe|holding|entreprise)\s+)?$/u;
const LOCAL_KINDS = new Set(['company', 'other']);
/** " de ", " du ", " d’": the longest link between a body and its owner's name. */
const OWNER_LINK_MAX = 5;
const OWNER_OF = /^[ \u00a0]+(?:de|du|d['’])[ \u00a0]*$/u;

function named(doc: ParsedDocument, org: Candidate, found: readonly Candidate[]): Candidate | undefined {
  // "bureau du maire de Moscou", "Université … de la région d’Arkhangelsk": the innermost region named.
  const inner = lexiconGazetteer()
    .match(org.name)
    .filter(
      (m) => m.entry.type === 'Region' && !['country', 'area'].includes(String(m.entry.properties.kind)),
    );
  const last = inner.at(-1);
  if (!last) return undefined;
  const start = org.span.start + last.start;
  const end = org.span.start + last.end;
  return (
    found.find((c) => isRegion(c) && c.span.start === start && c.span.end === end) ??
    sameEntityIn(found, last.entry.canonical, org.event)
  );
}

// "la société hongroise MVM", "le groupe turc Limak": a firm's nationality places it in its country.
const NATIONAL_FIRM =
  /(?:société|compagnie|entreprise|groupe|holding|banque)[ \u00a0]+(\p{Ll}[\p{Ll}-]+)[ \u00a0]+$/u;
const NATIONAL_FIRM_PEEK = 40;
function nationalFirm(
  doc: ParsedDocument,
  org: Candidate,
  found: readonly Candidate[],
): Candidate | undefined {
  const m = NATIONAL_FIRM.exec(
    doc.text.slice(Math.max(0, org.span.start - NATIONAL_FIRM_PEEK), org.span.start),
  );
  const country = m ? countryOfAdjective(m[1]!) : undefined;
  return country && country.canonical !== 'Fédération de Russie'
    ? sameEntityIn(found, country.canonical, org.event)
    : undefined;
}

function stated(doc: ParsedDocument, org: Candidate, found: readonly Candidate[]): Candidate | undefined {
  const sentence = sentenceOf(doc, org.span.start);
  const after = found
    .filter((c) => c.span.start >= org.span.end && c.span.end <= sentence.end)
    .sort((a, b) => a.span.start - b.span.start);
  // "le Centre de construction … de Novatek, situé à Belokamenka": the owner's name comes between.
  const owned =
    after[0] && isOrganization(after[0]) && OWNER_OF.test(doc.text.slice(org.span.end, after[0].span.start));
  const next = owned ? after.find((c) => c.span.start >= after[0]!.span.end) : after[0];
  if (!next || !isRegion(next) || next.span.start - org.span.end > FIRM_PLACE_MAX_GAP) return undefined;
  const between = doc.text.slice(owned ? after[0]!.span.end : org.span.end, next.span.start);
  // "l’usine KAMAZ de Naberezhnye Chelny": a firm followed by its town.
  if (
    kindOf(next) === 'city' &&
    LOCAL_KINDS.has(kindOf(org)) &&
    /^[ \u00a0]+(?:de|d['’])[ \u00a0]*$/u.test(between)
  )
    return next;
  if (kindOf(org) === 'media' && kindOf(next) === 'country' && OUTLET_COUNTRY.test(between)) return next;
  return LOCATIVE.test(between) && !/[.;:!?]/.test(between) ? next : undefined;
}

/**
 * "Novorossiysk Commercial Sea Port" is in Novorossiysk; but "chantier naval Perm" at the Perm
 * governor's meeting is in the territory that bears the town's name.
 */
function ownTown(doc: ParsedDocument, org: Candidate, found: readonly Candidate[]): Candidate | undefined {
  const town = named(doc, org, found);
  if (!town || kindOf(town) !== 'city') return undefined;
  // "l’usine de moteurs d’Oufa" where the text also names Oufa on its own: the plant is in the town.
  const alone = found.find(
    (c) =>
      isRegion(c) &&
      keyOf(c) === keyOf(town) &&
      !found.some((o) => isOrganization(o) && o.span.start <= c.span.start && c.span.end <= o.span.end),
  );
  if (alone) return alone;
  // "l’Entreprise … de Koumertaou" at the Bachkortostan head's meeting: a town the text names only in
  // a plant's name, inside the region under discussion, leaves the plant to that region.
  const focus = focusRegion(doc, found, org.event);
  return focus && (foldForSearch(focus.name).includes(foldForSearch(town.name)) || liesIn(town, focus))
    ? undefined
    : town;
}

const liesIn = (place: Candidate, region: Candidate) =>
  !!place.canonical && containersOf(place.canonical).includes(keyOf(region));

// Where a firm's clause ends: "…, tandis que la Bashkir Soda Company …" starts another subject.
const CLAUSE_END = /[.;:!?]|,?\s+(?:tandis|alors|pendant)\s+que\b|,\s+(?:et|mais)\s/u;
// The firm opens its clause ("…a rapporté que la compagnie Bashneft a …", "Selon le chef, la compagnie
// Bashneft …"), not "…la fabrication de systèmes POD au Zvezdochka Ship Repair Center et …".
const SUBJECT_BEFORE =
  /(?:^|\bque\s+|\bqu['’]|,\s+)(?:(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s*)?(?:\p{Ll}+\s+){0,2}$/u;
const PLACE_KINDS = new Set(['city', 'site', 'district', 'area']);

/**
 * The place in the region under discussion that a local firm's own clause names: "la compagnie
 * Bashneft a modernisé sa raffinerie d’Oufa", "Novatek a expédié depuis le port de Sabetta".
 */
function placeInClause(
  doc: ParsedDocument,
  org: Candidate,
  found: readonly Candidate[],
  focus: Candidate,
): Candidate | undefined {
  const sentence = sentenceOf(doc, org.span.start);
  if (!SUBJECT_BEFORE.test(doc.text.slice(sentence.start, org.span.start))) return undefined;
  const rest = doc.text.slice(org.span.end, sentence.end);
  const stop = CLAUSE_END.exec(rest);
  const end = org.span.end + (stop ? stop.index : rest.length);
  return found
    .filter(
      (c) =>
        isRegion(c) &&
        c.span.start >= org.span.end &&
        c.span.end <= end &&
        PLACE_KINDS.has(kindOf(c)) &&
        liesIn(c, focus) &&
        // "l’usine automobile Haval du parc industriel Ouzlovaïa": a place in a name places nothing.
        !found.some((o) => isOrganization(o) && o.span.start <= c.span.start && c.span.end <= o.span.end),
    )
    .sort((a, b) => a.span.start - b.span.start)[0];
}

/**
 * LOCATED_IN: organisation → region, when the text places it: its own name ("bureau du maire de
 * Moscou"), a locative right after it ("… sur la rivière Kama"), an outlet's country in a
 * journalist's introduction, or — at a governor's meeting — the local companies the governor lists.
 */
export const findLocatedIn: RelationFinder = (doc, found) => {
  const out: RelationCandidate[] = [];
  const seen = new Set<string>();
  const push = (org: Candidate, region: Candidate) => {
    const key = `${keyOf(org)}|${keyOf(region)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      type: 'LOCATED_IN',
      source: { candidate: org },
      target: { candidate: region },
      evidence: sentenceOf(doc, org.span.start),
    });
  };
  const localFirm = (org: Candidate) =>
    LOCAL_KINDS.has(kindOf(org)) &&
    org.properties?.scope !== 'federal' &&
    isRegionalMeeting(doc, org.event) &&
    !PARTNERED.test(doc.text.slice(Math.max(0, org.span.start - PARTNER_CUE_BEFORE), org.span.start));
  const inFocus = (org: Candidate) => {
    const focus = focusRegion(doc, found, org.event);
    return focus && (placeInClause(doc, org, found, focus) ?? focus);
  };
  const orgs = found.filter(isOrganization);
  const ownerOfPrevious = (org: Candidate) =>
    orgs.some(
      (o) =>
        o.span.end <= org.span.start &&
        org.span.start - o.span.end <= OWNER_LINK_MAX &&
        OWNER_OF.test(doc.text.slice(o.span.end, org.span.start)),
    );
  for (const org of orgs) {
    if (ownerOfPrevious(org)) continue;
    if (String(org.canonical ?? '').startsWith('forces armées') || kindOf(org) === 'international') continue;
    // A plant named after its town ("chantier naval Perm") belongs to the region under discussion first.
    // A national body acts where the text says, it is not located there ("le Fonds … aide les
    // anciens combattants dans le Kouzbass").
    const federal = org.properties?.scope === 'federal';
    // A town only in the body's own name places nothing ("ODK-UMPO" / Oufa): the region under
    // discussion does, for a local firm.
    const inName = named(doc, org, found);
    const townOnlyInName = !!inName && kindOf(inName) === 'city' && !ownTown(doc, org, found);
    const region =
      (federal ? undefined : stated(doc, org, found)) ??
      nationalFirm(doc, org, found) ??
      (kindOf(org) !== 'company' && !townOnlyInName ? inName : undefined) ??
      ownTown(doc, org, found) ??
      (localFirm(org) ? inFocus(org) : undefined) ??
      (townOnlyInName ? undefined : inName);
    if (region) push(org, region);
  }
  return out;
};
