import type { EntityType, ParsedDocument } from '../../../model/index.js';
import { nearestEntry } from './gazetteer-fuzzy.js';
import { lexiconMatches } from './lexicon-candidates.js';
import { eventIndexAt } from '../../core/sentences.js';
import type { Candidate } from '../../core/types.js';
import { matchAll } from '../../core/match-all.js';
import { CAPITALISED_WORD_BEFORE } from '../../core/text-windows.js';

const WORD = /\p{Lu}\p{Ll}{5,}/gu;
const NAME_CHAR = /[\p{L}\p{N}’'-]/u;
// A capitalised neighbour makes the word part of a longer name ("Petr Porochenko"): not a typo of ours.
const CAP_BEFORE = /\p{Lu}[\p{L}’'-]*[ \u00a0]$/u;
const CAP_AFTER = /^[ \u00a0]\p{Lu}/u;
// "Palais des congrès", "Salon de l’automobile": a capitalised common noun opening a longer name, not
// a misspelt place ("Palais" is one letter from "Palaos").
const COMPLEMENT_AFTER = /^[ \u00a0]+(?:des|du|de|d['’]|aux|à)[ \u00a0]*(?:la[ \u00a0]+|l['’])?\p{Ll}/u;

// "l’agence de presse Antara", "la compagnie Lunsin": the word names an outlet or a firm, not a place.
const ORG_HEAD_BEFORE =
  /(?:agence(?:[ \u00a0]+de[ \u00a0]+presse)?|chaîne|journal|compagnie|société|groupe|entreprise|banque|holding)[ \u00a0]+$/iu;
const ORG_HEAD_PEEK = 24;
/** Room for " de la " and the first letter of the complement. */
const COMPLEMENT_PEEK = 12;

const memo = new WeakMap<ParsedDocument, Candidate[]>();

/** Misspelt lexicon names ("Ualkali", "Severodonetk") as candidates of the lexicon entry. */
function allFuzzy(doc: ParsedDocument): Candidate[] {
  const cached = memo.get(doc);
  if (cached) return cached;
  const covered = new Uint8Array(doc.text.length);
  for (const k of lexiconMatches(doc)) covered.fill(1, k.start, k.end);
  const out: Candidate[] = [];
  for (const m of matchAll(doc.text, WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (
      covered[start] ||
      (start > 0 && NAME_CHAR.test(doc.text[start - 1]!)) ||
      NAME_CHAR.test(doc.text[end] ?? ' ')
    )
      continue;
    if (CAP_BEFORE.test(doc.text.slice(Math.max(0, start - CAPITALISED_WORD_BEFORE), start))) continue;
    if (CAP_AFTER.test(doc.text.slice(end, end + 2))) continue;
    if (COMPLEMENT_AFTER.test(doc.text.slice(end, end + COMPLEMENT_PEEK))) continue;
    if (ORG_HEAD_BEFORE.test(doc.text.slice(Math.max(0, start - ORG_HEAD_PEEK), start))) continue;
    const entry = nearestEntry(m[0]);
    if (!entry) continue;
    out.push({
      type: entry.type,
      name: m[0],
      span: { start, end },
      event: eventIndexAt(doc, start),
      canonical: entry.canonical,
      properties: { ...entry.properties, fuzzy: true },
    });
  }
  memo.set(doc, out);
  return out;
}

export const fuzzyCandidates = (doc: ParsedDocument, type: EntityType): Candidate[] =>
  allFuzzy(doc).filter((c) => c.type === type);
