import type { ParsedDocument } from '../../../model/index.js';
import { countryNamed, countryOfAdjective, isCountryAdjective } from '../places/gazetteer-lexicon.js';
import { candidateAt, lexiconMatches } from '../places/lexicon-candidates.js';
import type { Candidate } from '../../core/types.js';
import { matchAll } from '../../core/match-all.js';
import { ENGLISH_NAME_BEFORE } from '../../core/text-windows.js';

// Checked in code rather than as a look-behind: a leading look-behind makes every position a match attempt.
const WORD_CHAR = /[\p{L}\p{N}]/u;
const atWordStart = (text: string, i: number) => i === 0 || !WORD_CHAR.test(text[i - 1]!);
// "la compagnie … a modernisé sa raffinerie d’Oufa": a possessive makes a description, not a name.
const POSSESSIVE_BEFORE =
  /(?:^|[^\p{L}])(?:[Ss]a|[Ss]on|[Ss]es|[Ll]eurs?|[Nn]otre|[Nn]os|[Vv]otre|[Vv]os)[ \u00a0]+$/u;
const POSSESSIVE_PEEK = 8;
const possessed = (text: string, i: number) =>
  POSSESSIVE_BEFORE.test(text.slice(Math.max(0, i - POSSESSIVE_PEEK), i));
const WORD = String.raw`\p{Lu}[\p{L}’'-]*\p{L}`;
const NAME = String.raw`${WORD}(?:[ -]${WORD}){0,2}`;
const OF = String.raw`(?:de[ \u00a0]+(?:la[ \u00a0]+|l['’])?|d['’]|du[ \u00a0]+)`;
// Words that open a sentence or a clause, never a company name ("Le Kama Pulp and Paper Mill").
const LEADING =
  /^(?:(?:Le|La|Les|L['’]|Un|Une|Des|Du|De|Au|Aux|En|Dans|Sur|Par|Pour|Avec|Et|The|A|An|At|In|Of)[ \u00a0]+)+/u;

/** "usine de Krasnaya Kuznitsa", "chantier naval Perm": a plant named after a place or a founder. */
// What it makes may come between: "usine de moteurs d’Oufa", "usine automobile Haval",
// "usine de machines agricoles Rostselmash", "usine d’aluminium de Krasnoïarsk".
const MAKES = String.raw`(?:[ \u00a0]+(?:\p{Ll}[\p{Ll}-]+|(?:de[ \u00a0]+|d['’])(?!la\b|l['’])\p{Ll}[\p{Ll}-]+)){0,3}?`;
const PLANT = new RegExp(
  String.raw`(?:usine|combinat|chantier[ \u00a0]+naval|chantiers[ \u00a0]+navals|aciérie|raffinerie|filature|mine)${MAKES}[ \u00a0]+${OF}?(${NAME})`,
  'gu',
);

/** "le parc industriel Ouzlovaïa", "le pôle pharmaceutique d’Obninsk", "la zone industrielle russe". */
const ESTATE = new RegExp(
  String.raw`(?:parc|pôle|technoparc|technopôle|cluster|zone)[ \u00a0]+(?:industriel(?:le)?|technologique|pharmaceutique|scientifique|agro-industriel(?:le)?|logistique|innovant)(?:[ \u00a0]+${OF}?(${NAME})|[ \u00a0]+(\p{Ll}+))`,
  'gu',
);

/** "la compagnie Vector", "le groupe Miratorg": a company named after its kind. */
// "la société hongroise MVM": a nationality adjective may come between (checked in code).
const FIRM = new RegExp(
  String.raw`(?:compagnie|société|entreprise|holding|consortium|groupe)[ \u00a0]+(?:(\p{Ll}[\p{Ll}-]+)[ \u00a0]+)?(${NAME})`,
  'gu',
);

/** "la centrale nucléaire de Kudankulam", "la centrale hydroélectrique de …". */
const PLANT_OTHER = new RegExp(
  String.raw`centrale[ \u00a0]+(?:nucléaire|thermique|hydroélectrique|électrique)[ \u00a0]+${OF}(${NAME})`,
  'gu',
);

/** "Kama Pulp and Paper Mill", "Zvezdochka Ship Repair Center", "Rosatom State Corporation": found from the head word back. */
const ENGLISH_HEAD =
  /(?:Mill|Plant|Factory|Works|Shipyard|Center|Centre|Corporation|Company|Holding|Bank|Combine|Group|Consortium|Agency|Fund|Foundation|Institute|Association|University|Port|Airport|Terminal)(?![\p{L}])/gu;
const ENGLISH_NAME = new RegExp(String.raw`(?:${WORD}[ \u00a0]+(?:(?:and|of|&)[ \u00a0]+)?){1,5}$`, 'u');

/** "bureau du maire de Moscou", "mairie de Kazan", "administration de la ville de Perm". */
const CITY_HALL = new RegExp(
  String.raw`(?:bureau[ \u00a0]+du[ \u00a0]+maire|mairie|hôtel[ \u00a0]+de[ \u00a0]+ville|administration[ \u00a0]+(?:municipale[ \u00a0]+)?(?:de[ \u00a0]+la[ \u00a0]+ville[ \u00a0]+)?)[ \u00a0]*${OF}?(${NAME})`,
  'gu',
);

/** "Université d’entreprise du gouvernement de la région d’Arkhangelsk": up to the next punctuation. */
// Words after the head: one adjective ("fédérale"), then "de/du/d’ + word" or capitalised words;
// a bare lower-case word ends the name ("L’Université fédérale de Kazan forme chaque année").
const SCHOOL = new RegExp(
  String.raw`(?:Université|Académie|Institut|École[ \u00a0]+supérieure)(?:[ \u00a0]+\p{Ll}[\p{L}-]*)?(?:[ \u00a0]+(?:d['’]|de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|de[ \u00a0]+|du[ \u00a0]+|des[ \u00a0]+)[\p{L}’'-]+|[ \u00a0]+\p{Lu}[\p{L}’'-]*){1,8}`,
  'gu',
);

/** "forces armées de la Fédération de Russie", "forces armées ukrainiennes", "l’armée ukrainienne". */
const ARMED_FORCES = new RegExp(
  String.raw`(?:[Ff]orces[ \u00a0]+armées|[Aa]rmée)[ \u00a0]+(?:(?:de[ \u00a0]+la|de[ \u00a0]+l['’]|du|des|de)[ \u00a0]*(${WORD}(?:[ \u00a0]+(?:de|du|d['’])[ \u00a0]*${WORD})?)|(\p{Ll}[\p{L}-]+))`,
  'gu',
);

/** "l’ambassade de Russie à La Havane", "le consulat général du Bélarus". */
const EMBASSY = new RegExp(
  String.raw`(?:[Aa]mbassade|[Cc]onsulat(?:[ \u00a0]+général)?|[Rr]eprésentation[ \u00a0]+permanente)[ \u00a0]+${OF}(${WORD}(?:[ \u00a0]+(?:de|du|d['’])[ \u00a0]*${WORD})?)`,
  'gu',
);

/** "la chaîne de télévision Zvezda", "l’agence de presse Belta": an outlet no list holds. */
const OUTLET = new RegExp(
  String.raw`(?:chaîne(?:[ \u00a0]+de[ \u00a0]+télévision)?|télévision|agence(?:[ \u00a0]+de[ \u00a0]+presse)?|journal|quotidien|radio)[ \u00a0]+(${NAME})`,
  'gu',
);

function armedForces(doc: ParsedDocument, m: RegExpMatchArray): Candidate | undefined {
  const named = m[1];
  const country = named
    ? (countryNamed(named) ?? countryNamed(named.split(/[ \u00a0]+/)[0]!))
    : countryOfAdjective(m[2]!);
  if (!country) return undefined;
  let end = m.index! + m[0].length;
  // "forces armées de la Fédération de Russie": keep the country's name whole, never past it.
  if (named && !countryNamed(named))
    end = m.index! + m[0].indexOf(named) + named.split(/[ \u00a0]+/)[0]!.length;
  const of = country.of ?? `de ${country.canonical}`;
  return candidateAt(doc, 'Organization', m.index!, end, 'state_body', `forces armées ${of}`);
}

const memo = new WeakMap<ParsedDocument, Candidate[]>();

/** Organisations named by a head noun or an English company suffix, which no lexicon lists. */
export function organizationPatternCandidates(doc: ParsedDocument): Candidate[] {
  const cached = memo.get(doc);
  if (cached) return cached;
  const out = patternCandidates(doc);
  memo.set(doc, out);
  return out;
}

function patternCandidates(doc: ParsedDocument): Candidate[] {
  const text = doc.text;
  const known = lexiconMatches(doc);
  const orgs = known.filter((k) => k.entry.type === 'Organization');
  const out: Candidate[] = [];
  const add = (start: number, end: number, kind: string, canonical?: string) => {
    // A lexicon organisation is already found with its canonical name ("Rosatom State Corporation").
    if (orgs.some((k) => k.start <= start && end <= k.end)) return;
    out.push(candidateAt(doc, 'Organization', start, end, kind, canonical));
  };
  for (const m of matchAll(text, PLANT)) {
    const nameStart = m.index + m[0].length - m[1]!.length;
    // "l’usine KAMAZ": the company itself, already found by the lexicon.
    if (!atWordStart(text, m.index) || orgs.some((k) => k.start === nameStart)) continue;
    if (possessed(text, m.index)) continue;
    add(m.index, m.index + m[0].length, 'company');
  }
  for (const m of matchAll(text, FIRM)) {
    if (m[1] && !isCountryAdjective(m[1])) continue;
    const nameStart = m.index + m[0].length - m[2]!.length;
    const nameEnd = m.index + m[0].length;
    // "la compagnie Rosneft" is the lexicon's; "l’entreprise Novomoskovsk Azot" only starts with a town.
    const lexiconName = known.some(
      (k) =>
        k.start <= nameStart && nameStart < k.end && (k.entry.type === 'Organization' || k.end >= nameEnd),
    );
    if (atWordStart(text, m.index) && !lexiconName) add(nameStart, nameEnd, 'company');
  }
  for (const m of matchAll(text, ESTATE)) {
    // "zone industrielle russe": only a nationality adjective names an estate without a proper name.
    if (!atWordStart(text, m.index) || (m[2] && !isCountryAdjective(m[2]))) continue;
    add(m.index, m.index + m[0].length, 'other');
  }
  for (const m of matchAll(text, PLANT_OTHER))
    if (atWordStart(text, m.index)) add(m.index, m.index + m[0].length, 'other');
  for (const h of matchAll(text, ENGLISH_HEAD)) {
    const from = Math.max(0, h.index - ENGLISH_NAME_BEFORE);
    const name = ENGLISH_NAME.exec(text.slice(from, h.index));
    if (!name || !atWordStart(text, from + name.index)) continue;
    const phrase = name[0] + h[0];
    const lead = LEADING.exec(phrase)?.[0].length ?? 0;
    if (phrase.slice(lead).split(/[ \u00a0]+/).length < 2) continue;
    const start = from + name.index + lead;
    add(
      start,
      h.index + h[0].length,
      /^(?:Cent(?:er|re)|Fund|Foundation|Institute|Association|Agency|University)$/.test(h[0]) &&
        !/Repair|Business|Shipbuilding/.test(phrase)
        ? 'other'
        : 'company',
    );
  }
  for (const m of matchAll(text, CITY_HALL))
    if (atWordStart(text, m.index)) add(m.index, m.index + m[0].length, 'state_body');
  for (const m of matchAll(text, SCHOOL)) {
    if (!atWordStart(text, m.index)) continue;
    add(m.index, m.index + m[0].length, 'other');
  }
  for (const m of matchAll(text, ARMED_FORCES)) {
    if (!atWordStart(text, m.index)) continue;
    const c = armedForces(doc, m);
    if (c) out.push(c);
  }
  for (const m of matchAll(text, EMBASSY)) {
    if (atWordStart(text, m.index) && (countryNamed(m[1]!) ?? countryNamed(m[1]!.split(/[ \u00a0]+/)[0]!)))
      add(m.index, m.index + m[0].length, 'state_body');
  }
  for (const m of matchAll(text, OUTLET)) {
    if (!atWordStart(text, m.index)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    add(start, start + m[1]!.length, 'media');
  }
  return out;
}
