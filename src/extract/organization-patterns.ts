import type { ParsedDocument } from '../model/index.js';
import { countryNamed, countryOfAdjective } from './gazetteer-lexicon.js';
import { candidateAt, lexiconMatches } from './lexicon-candidates.js';
import type { Candidate } from './types.js';

const B = String.raw`(?<![\p{L}\p{N}])`;
const WORD = String.raw`\p{Lu}[\p{L}’'-]*\p{L}`;
const NAME = String.raw`${WORD}(?:[ -]${WORD}){0,2}`;
const OF = String.raw`(?:de[ \u00a0]+(?:la[ \u00a0]+|l['’])?|d['’]|du[ \u00a0]+)`;
// Words that open a sentence or a clause, never a company name ("Le Kama Pulp and Paper Mill").
const LEADING = /^(?:(?:Le|La|Les|L['’]|Un|Une|Des|Du|De|Au|Aux|En|Dans|Sur|Par|Pour|Avec|Et|The|A|An|At|In|Of)[ \u00a0]+)+/u;

/** "usine de Krasnaya Kuznitsa", "chantier naval Perm": a plant named after a place or a founder. */
const PLANT = new RegExp(
  String.raw`${B}(?:usine|combinat|chantier[ \u00a0]+naval|chantiers[ \u00a0]+navals|aciérie|raffinerie|filature|mine)[ \u00a0]+${OF}?(${NAME})`,
  'gu',
);

/** "Kama Pulp and Paper Mill", "Zvezdochka Ship Repair Center", "Rosatom State Corporation". */
const ENGLISH = new RegExp(
  String.raw`${B}(?:${WORD}[ \u00a0]+(?:(?:and|of|&)[ \u00a0]+)?){1,5}(Mill|Plant|Factory|Works|Shipyard|Center|Centre|Corporation|Company|Holding|Bank|Combine|Group)(?![\p{L}])`,
  'gu',
);

/** "bureau du maire de Moscou", "mairie de Kazan", "administration de la ville de Perm". */
const CITY_HALL = new RegExp(
  String.raw`${B}(?:bureau[ \u00a0]+du[ \u00a0]+maire|mairie|hôtel[ \u00a0]+de[ \u00a0]+ville|administration[ \u00a0]+(?:municipale[ \u00a0]+)?(?:de[ \u00a0]+la[ \u00a0]+ville[ \u00a0]+)?)[ \u00a0]*${OF}?(${NAME})`,
  'gu',
);

/** "Université d’entreprise du gouvernement de la région d’Arkhangelsk": up to the next punctuation. */
const SCHOOL = new RegExp(
  String.raw`${B}(?:Université|Académie|Institut|École[ \u00a0]+supérieure)(?:[ \u00a0]+(?:d['’]|de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|de[ \u00a0]+|du[ \u00a0]+|des[ \u00a0]+)?[\p{L}’'-]+){1,9}`,
  'gu',
);
const SCHOOL_TAIL = /(?:[ \u00a0]+(?:qui|que|a|ont|est|sont|et|en|le|la|les|un|une|pour|dans|sur|avec|de|du|des))+$/u;

/** "forces armées de la Fédération de Russie", "forces armées ukrainiennes", "l’armée ukrainienne". */
const ARMED_FORCES = new RegExp(
  String.raw`${B}(?:[Ff]orces[ \u00a0]+armées|[Aa]rmée)[ \u00a0]+(?:(?:de[ \u00a0]+la|de[ \u00a0]+l['’]|du|des|de)[ \u00a0]*(${WORD}(?:[ \u00a0]+(?:de|du|d['’])[ \u00a0]*${WORD})?)|(\p{Ll}[\p{L}-]+))`,
  'gu',
);

/** "la chaîne de télévision Zvezda", "l’agence de presse Belta": an outlet no list holds. */
const OUTLET = new RegExp(
  String.raw`${B}(?:chaîne(?:[ \u00a0]+de[ \u00a0]+télévision)?|télévision|agence(?:[ \u00a0]+de[ \u00a0]+presse)?|journal|quotidien|radio)[ \u00a0]+(${NAME})`,
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
  if (named && !countryNamed(named)) end = m.index! + m[0].indexOf(named) + named.split(/[ \u00a0]+/)[0]!.length;
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
  const orgs = lexiconMatches(doc).filter((k) => k.entry.type === 'Organization');
  const out: Candidate[] = [];
  const add = (start: number, end: number, kind: string, canonical?: string) => {
    // A lexicon organisation is already found with its canonical name ("Rosatom State Corporation").
    if (orgs.some((k) => k.start <= start && end <= k.end)) return;
    out.push(candidateAt(doc, 'Organization', start, end, kind, canonical));
  };
  for (const m of text.matchAll(PLANT)) add(m.index, m.index + m[0].length, 'company');
  for (const m of text.matchAll(ENGLISH)) {
    const lead = LEADING.exec(m[0])?.[0].length ?? 0;
    if (m[0].slice(lead).split(/[ \u00a0]+/).length < 2) continue;
    add(m.index + lead, m.index + m[0].length, /^Cent(?:er|re)$/.test(m[1]!) && !/Repair|Business|Shipbuilding/.test(m[0]) ? 'other' : 'company');
  }
  for (const m of text.matchAll(CITY_HALL)) add(m.index, m.index + m[0].length, 'state_body');
  for (const m of text.matchAll(SCHOOL)) {
    const phrase = m[0].replace(SCHOOL_TAIL, '');
    if (phrase.split(/[ \u00a0]+/).length >= 2) add(m.index, m.index + phrase.length, 'other');
  }
  for (const m of text.matchAll(ARMED_FORCES)) {
    const c = armedForces(doc, m);
    if (c) out.push(c);
  }
  for (const m of text.matchAll(OUTLET)) {
    const start = m.index + m[0].length - m[1]!.length;
    add(start, start + m[1]!.length, 'media');
  }
  return out;
}
