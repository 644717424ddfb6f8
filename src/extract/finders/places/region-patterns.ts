import type { ParsedDocument } from '../../../model/index.js';
import { candidateAt, lexiconMatches } from './lexicon-candidates.js';
import type { Candidate } from '../../core/types.js';
import { matchAll } from '../../core/match-all.js';

// A proper name no list holds: one to three capitalised words ("Severodonetk", "Krasnaya Kuznitsa").
const WORD = String.raw`\p{Lu}[\p{L}’'-]*\p{L}`;
const NAME = String.raw`${WORD}(?:[ -]${WORD}){0,2}`;
// "la ville chinoise de Harbin", "le village frontalier de …": one adjective between head and name.
const ADJECTIVE = String.raw`(?!de\b|du\b|des\b|d['’])\p{Ll}[\p{Ll}-]+`;
const OF = String.raw`(?:de[ \u00a0]+(?:la[ \u00a0]+|l['’])?|d['’]|du[ \u00a0]+)`;
// Capitalised words that open a clause, and English words machine translation leaves capitalised
// ("le transport de la rivière Passenger" is river passenger transport, not a river).
// Checked in code rather than as a look-behind: a leading look-behind makes every position a match attempt.
const WORD_CHAR = /[\p{L}\p{N}]/u;
const NOT_NAMES =
  /^(?:Le|La|Les|L|Un|Une|Des|Ce|Cette|Nous|Il|Elle|Mr|M|Mme|Président|Premier|Passenger|Cargo|Freight|Transport|River|Port|Ferry|Forestry)$/u;

interface Rule {
  re: RegExp;
  kind: string;
  /** Whole phrase ("région de Sumy", "rivière Kama") or only the name ("ville de Severodonetk" → the town). */
  keep: 'phrase' | 'name';
  /** A river or a training ground named after a known place is its own region ("fleuve Oural", "détroit de Kertch"). */
  overLexicon?: boolean;
}

const RULES: Rule[] = [
  // "région de Sumy de l’Ukraine": a region the lexicons lack is still a region (kind area), and so
  // are the first-level divisions of other countries ("l’aïmag d’Ouvs", "le gouvernorat d’Assouan").
  {
    re: new RegExp(
      String.raw`(?:[Rr]égion|[Oo]blast|[Pp]rovince|[Aa][ïi]mag|[Vv]oïvodie|[Gg]ouvernorat|[Pp]réfecture|[Ww]ilaya)[ \u00a0]+${OF}(${NAME})`,
      'gu',
    ),
    kind: 'area',
    keep: 'phrase',
  },
  {
    re: new RegExp(String.raw`(?:[Dd]istrict|[Rr]aïon|[Mm]unicipalité)[ \u00a0]+${OF}(${NAME})`, 'gu'),
    kind: 'district',
    keep: 'phrase',
  },
  // "l’aide à la ville de Severodonetk", "dans le secteur de Nikolskoye", "le village de Tiotkino".
  {
    re: new RegExp(
      String.raw`(?:villes?|villages?|localités?|hameaux?|hameau|bourgs?|communes?|secteurs?|agglomérations?)(?:[ \u00a0]+${ADJECTIVE})?[ \u00a0]+${OF}(${NAME})`,
      'gu',
    ),
    kind: 'city',
    keep: 'name',
  },
  // "Les localités de Novoalexandrovka et de Kalinovo": the second of two coordinated places.
  {
    re: new RegExp(
      String.raw`(?:villes|villages|localités|hameaux|agglomérations)[ \u00a0]+${OF}${NAME}[ \u00a0]+et[ \u00a0]+${OF}(${NAME})`,
      'gu',
    ),
    kind: 'city',
    keep: 'name',
  },
  // "le parc national de Kenozersky", "la réserve naturelle de …".
  {
    re: new RegExp(
      String.raw`(?:parc[ \u00a0]+national|parc[ \u00a0]+naturel|réserve[ \u00a0]+naturelle|réserve|polygone|terrain[ \u00a0]+d['’]entraînement|cosmodrome)[ \u00a0]+${OF}?(${NAME})`,
      'gu',
    ),
    kind: 'site',
    keep: 'phrase',
    overLexicon: true,
  },
  // "sur la rivière Kama", "le fleuve Amour", "le lac Ladoga".
  {
    re: new RegExp(
      String.raw`(?:rivière|fleuve|lac|mer|île|îles|baie|golfe|détroit|péninsule|presqu’île)[ \u00a0]+${OF}?(${NAME})`,
      'gu',
    ),
    kind: 'area',
    keep: 'phrase',
    overLexicon: true,
  },
  // Venues and sites: "le Palais des congrès d’Oufa", "le gisement de Vankor", "le musée-domaine de …",
  // "la vallée des Geysers". The name after the head may be a known town: the site is still its own place.
  {
    re: new RegExp(
      String.raw`[Pp]alais[ \u00a0]+(?:des|du|de[ \u00a0]+la|de[ \u00a0]+l['’])[ \u00a0]*(\p{Ll}[\p{Ll}-]+(?:[ \u00a0]+${OF}${NAME})?)`,
      'gu',
    ),
    kind: 'site',
    keep: 'phrase',
    overLexicon: true,
  },
  {
    re: new RegExp(
      String.raw`(?:gisements?|[Mm]usée(?:-domaine|-réserve)?|[Vv]allée[ \u00a0]+(?:des|du|de[ \u00a0]+la))[ \u00a0]+${OF}?(${NAME})`,
      'gu',
    ),
    kind: 'site',
    keep: 'phrase',
    overLexicon: true,
  },
  // "la résidence d’État d’Ala-Artcha", "the Zavidovo state residence".
  {
    re: new RegExp(
      String.raw`(?:résidence(?:[ \u00a0]+d['’]État)?[ \u00a0]+${OF}?(${NAME})|(${NAME})(?=[ \u00a0]+(?:[Ss]tate[ \u00a0]+)?[Rr]esidence\b))`,
      'gu',
    ),
    kind: 'site',
    keep: 'name',
  },
  // "la co-entreprise Vietsovpetro, basée à Vung Tau": a firm's seat is a town.
  {
    re: new RegExp(
      String.raw`(?:basée?s?|située?s?|implantée?s?|installée?s?|établie?s?|domiciliée?s?)[ \u00a0]+(?:à|a)[ \u00a0]+(${NAME})`,
      'gu',
    ),
    kind: 'city',
    keep: 'name',
  },
  // Machine translation renders "Malaya Loknya" as "Malaisie Loknya": the country name followed by
  // a capitalised word it cannot govern is the Russian adjective "Malaya" (small) of a place name.
  {
    re: new RegExp(String.raw`Malaisie[ \u00a0]+(?!et\b|de\b|du\b)(${WORD})`, 'gu'),
    kind: 'city',
    keep: 'phrase',
  },
];

/** Regions named by a head noun and a proper name that no lexicon lists. */
export function regionPatternCandidates(doc: ParsedDocument): Candidate[] {
  const known = lexiconMatches(doc);
  const out: Candidate[] = [];
  for (const rule of RULES) {
    for (const m of matchAll(doc.text, rule.re)) {
      if (m.index > 0 && WORD_CHAR.test(doc.text[m.index - 1]!)) continue;
      const name = (m[1] ?? m[2])!;
      if (NOT_NAMES.test(name.split(/[ -]/)[0]!)) continue;
      const nameStart = m.index + m[0].length - name.length;
      const nameEnd = nameStart + name.length;
      // A name a lexicon knows is that lexicon's business ("région de Kursk", "ville de Moscou").
      const knownName = known.some((k) => k.start < nameEnd && nameStart < k.end);
      // …but a lexicon form that already covers the head ("mer Noire", "île Russky") wins.
      if (knownName && (!rule.overLexicon || known.some((k) => k.start <= m.index && nameEnd <= k.end)))
        continue;
      const start = rule.keep === 'phrase' ? m.index : nameStart;
      out.push(candidateAt(doc, 'Region', start, nameEnd, rule.kind));
    }
  }
  return out;
}
