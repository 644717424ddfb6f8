import type { ParsedDocument } from '../../../model/index.js';
import { countryNamed, isCountryAdjective } from '../places/gazetteer-lexicon.js';
import { candidateAt, lexiconMatches } from '../places/lexicon-candidates.js';
import type { Candidate } from '../../core/types.js';
import { matchAll } from '../../core/match-all.js';

// A body whose head noun is capitalised inside a sentence is a proper name: "la Compagnie aéronautique
// unie", "l’Entreprise de production aéronautique de Koumertaou", "le Centre national de recherche
// médicale Almazov", "le Fonds de développement russo-kirghize". The name runs on through adjectives,
// "de/du/des + word" complements and at most two capitalised words.
const HEAD =
  /(?<![\p{L}\p{N}])(?:Entreprise|Corporation|Compagnie|Société|Centre|Institut|Fonds|Agence|Port|Chemin[ \u00a0]+de[ \u00a0]+fer|Chemins[ \u00a0]+de[ \u00a0]+fer|Banque|Association|Fondation|Académie|Commission|Comité|Parti|Union|Office|Holding|Consortium|Combinat|Conseil|Service)(?![\p{L}])/gu;
const KIND: Record<string, string> = {
  Entreprise: 'company',
  Corporation: 'company',
  Compagnie: 'company',
  Société: 'company',
  Port: 'company',
  Chemin: 'company',
  Chemins: 'company',
  Banque: 'company',
  Holding: 'company',
  Consortium: 'company',
  Combinat: 'company',
  Agence: 'state_body',
  Service: 'state_body',
  Office: 'state_body',
};
// Adjective endings of French (and of machine-translated) names: "aéronautique", "national",
// "industrielle", "unie", "maritime", "pharmaceutique", "agricoles", "communiste".
const ADJECTIVE =
  /^(?:\p{Ll}[\p{Ll}-]*(?:ique|iques|al|ale|ales|aux|el|elle|elles|els|ier|ière|iers|ières|if|ive|ifs|ives|aire|aires|ien|ienne|iens|iennes|ais|aise|ain|aine|é|ée|és|ées|ie|ies|i|is|ime|imes|ole|oles|iste|istes|eur|eure|eurs|ère|ères|ile|iles|al)|russo-\p{Ll}+)$/u;
const LINK = /^(?:de|du|des|d['’]|de[ \u00a0]+la|de[ \u00a0]+l['’])$/u;
const FUNCTION_WORDS = new Set(
  'a à au aux avec dans en et est le la les leur lui par pour qui que sa se ses son sont sur un une ont'.split(
    ' ',
  ),
);
const TOKEN = /[ \u00a0]*(de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|d['’]|[\p{L}\p{N}’'°-]+)/uy;

/** End of the name that starts with a head ending at `from`, or `from` when nothing follows. */
function nameEnd(text: string, from: number): number {
  let end = from;
  let at = from;
  let capitals = 0;
  let complements = 0;
  const next = () => {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    return m ? { word: m[1]!.trim(), end: m.index + m[0].length } : undefined;
  };
  for (let guard = 0; guard < 12; guard++) {
    const t = next();
    if (!t) break;
    const word = t.word;
    if (LINK.test(word)) {
      at = t.end;
      const w = next();
      // "… de Koumertaou", "… de recherche", "… d’ouvrages": one word after the link.
      if (!w || FUNCTION_WORDS.has(w.word) || /^\p{N}/u.test(w.word)) break;
      at = end = w.end;
      complements++;
      if (/^\p{Lu}/u.test(w.word) && ++capitals > 2) break;
      continue;
    }
    if (word === 'et') {
      // "de physique et d’énergétique": another complement.
      const save = at;
      at = t.end;
      const link = next();
      if (link && LINK.test(link.word)) continue;
      at = save;
      break;
    }
    if (ADJECTIVE.test(word) || isCountryAdjective(word)) {
      at = end = t.end;
      complements++;
      continue;
    }
    if (/^\p{Lu}/u.test(word) && !FUNCTION_WORDS.has(word.toLowerCase()) && ++capitals <= 2) {
      at = end = t.end;
      complements++;
      continue;
    }
    break;
  }
  return complements ? end : from;
}

// "le Centre national de recherche médicale Almazov de Saint-Pétersbourg": a name that already has its
// own proper word ends before the town that places it.
const TOWN_TAIL = /[ \u00a0]+(?:de|du|d['’])[ \u00a0]*\p{Lu}[\p{L}’'-]*$/u;
function withoutTown(
  text: string,
  start: number,
  end: number,
  lexicon: readonly { start: number; end: number; entry: { type: string } }[],
): number {
  const name = text.slice(start, end);
  const tail = TOWN_TAIL.exec(name);
  if (!tail) return end;
  const rest = name.slice(0, tail.index);
  const town = lexicon.some(
    (k) => k.entry.type === 'Region' && k.start > start + tail.index && k.end === end,
  );
  return town && /[ \u00a0-]\p{Lu}/u.test(rest.slice(rest.search(/[ \u00a0]/u))) ? start + tail.index : end;
}

// "le Centre de construction d’ouvrages gravitaires de Novatek": a body named after its owner, a
// company the lexicon knows, ends before it.
const OWNER_LINK = /[ \u00a0]+(?:de|du|d['’])[ \u00a0]*$/u;
function withoutOwner(
  text: string,
  start: number,
  end: number,
  lexicon: readonly { start: number; end: number; entry: { type: string } }[],
): number {
  const owner = lexicon.find((k) => k.entry.type === 'Organization' && k.start > start && k.end === end);
  const link = owner && OWNER_LINK.exec(text.slice(start, owner.start));
  return link ? start + link.index : end;
}

const HEAD_PEEK = 30;
// A capitalised word before the head, articles apart ("La Compagnie …" opens a French name).
const ENGLISH_BEFORE =
  /(?<![\p{L}])(?!(?:Le|La|Les|Du|De|Des|Au|Aux|Un|Une|En|Et|Dans|Par|Pour|Sur|Avec)[ \u00a0]$)\p{Lu}[\p{L}’'-]*[ \u00a0]$/u;
// "le Centre collectif «Source de rayonnement synchrotron de Sibérie»": a quoted name after the head.
const QUOTED = /^(?:[ \u00a0]+\p{Ll}[\p{Ll}-]*)?[ \u00a0]*«[^»\n]{2,120}»/u;
const QUOTED_REACH = 160;

/** Bodies named by a capitalised head noun inside a sentence ("la Corporation industrielle énergétique de Touva"). */
export function namedBodyCandidates(doc: ParsedDocument): Candidate[] {
  const text = doc.text;
  const lexicon = lexiconMatches(doc);
  const out: Candidate[] = [];
  for (const m of matchAll(text, HEAD)) {
    // A capital after a sentence break or a line start is no sign of a name; after a capitalised word
    // the head ends an English name ("Rosatom State Corporation", "State Research Center").
    const before = text.slice(Math.max(0, m.index - HEAD_PEEK), m.index);
    if (/(?:^|[.!?:;\n]\s*)$/u.test(before.slice(-3)) || ENGLISH_BEFORE.test(before)) continue;
    const quoted = QUOTED.exec(text.slice(m.index + m[0].length, m.index + m[0].length + QUOTED_REACH));
    const end = quoted ? m.index + m[0].length + quoted[0].length : nameEnd(text, m.index + m[0].length);
    if (end === m.index + m[0].length) continue;
    // A lexicon name that starts here is that lexicon's ("Banque centrale de Russie", "Union soviétique").
    if (lexicon.some((k) => k.start <= m.index && m.index < k.end)) continue;
    const head = m[0].split(/[ \u00a0]/u)[0]!;
    out.push(
      candidateAt(
        doc,
        'Organization',
        m.index,
        withoutOwner(text, m.index, withoutTown(text, m.index, end, lexicon), lexicon),
        KIND[head] ?? 'other',
      ),
    );
  }
  return out;
}

// "ministère de l’Énergie de la Fédération de Russie", "ministère des Affaires étrangères du Kirghizistan":
// a ministry keeps the country that follows it.
// "le ministère des Finances dès cette semaine": a function word ends the domain's epithets.
const NOT_EPITHET = String.raw`(?:de|du|des|et|dès|cette|ce|cet|ces|pour|avec|sur|dans|en|à|au|aux|a|est|qui|que|le|la|les|un|une|par|ont|sont|se|depuis|lors|afin)(?![\p{L}])`;
const MINISTRY = new RegExp(
  String.raw`(?<![\p{L}])[Mm]inistère[ \u00a0]+(?:de[ \u00a0]+la|de[ \u00a0]+l['’]|du|des|de)[ \u00a0]*\p{Lu}[\p{L}’'-]*(?:[ \u00a0]+(?!${NOT_EPITHET})\p{Ll}[\p{L}-]*){0,2}(?:(?:,[ \u00a0]*|[ \u00a0]+et[ \u00a0]+)(?:de[ \u00a0]+la|de[ \u00a0]+l['’]|du|des|de)[ \u00a0]*\p{Lu}[\p{L}’'-]*(?:[ \u00a0]+(?!${NOT_EPITHET})\p{Ll}[\p{L}-]*){0,2})*`,
  'gu',
);
const COUNTRY_AFTER =
  /^[ \u00a0]+(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|du[ \u00a0]+|des[ \u00a0]+|de[ \u00a0]+|d['’])((?:\p{Lu}[\p{L}’'-]*)(?:[ \u00a0]+(?:de[ \u00a0]+|du[ \u00a0]+|d['’]|des[ \u00a0]+)?\p{L}[\p{L}’'-]*){0,3})/u;
const COUNTRY_PEEK = 60;

/** Ministries with their domain and, when the text gives it, their country. */
export function ministryCandidates(doc: ParsedDocument): Candidate[] {
  const text = doc.text;
  const known = lexiconMatches(doc).filter((k) => k.entry.type === 'Organization');
  const out: Candidate[] = [];
  for (const m of matchAll(text, MINISTRY)) {
    const start = m.index;
    let end = start + m[0].length;
    const after = COUNTRY_AFTER.exec(text.slice(end, end + COUNTRY_PEEK));
    const country = after ? longestCountry(after[1]!) : undefined;
    if (after && country) end += after[0].length - after[1]!.length + country.length;
    const lexicon = known.find((k) => k.start === start);
    // "ministère de l’Énergie de la Fédération de Russie" is the lexicon's Russian ministry.
    const russian =
      !country ||
      countryNamed(country.replace(STATE_FORM, ''))?.canonical === 'Fédération de Russie' ||
      countryNamed(country)?.canonical === 'Fédération de Russie';
    const canonical = lexicon && lexicon.end <= end && russian ? lexicon.entry.canonical : undefined;
    out.push(candidateAt(doc, 'Organization', start, end, 'state_body', canonical));
  }
  return out;
}

const STATE_FORM =
  /^(?:République|Royaume|État|Sultanat|Émirat)[ \u00a0]+(?:du[ \u00a0]+|de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|de[ \u00a0]+|d['’])/u;

/** The longest prefix of `words` that names a country ("Fédération de Russie a signé" → "Fédération de Russie"). */
function longestCountry(words: string): string | undefined {
  const parts = words.split(/([ \u00a0]+)/u);
  for (let n = parts.length; n > 0; n -= 2) {
    const phrase = parts.slice(0, n).join('');
    // "la République du Chili" where the lexicon only says "Chili".
    if (countryNamed(phrase) ?? countryNamed(phrase.replace(STATE_FORM, ''))) return phrase;
  }
  return undefined;
}
