import postWords from '../../lexicons/post-words.json' with { type: 'json' };
import countries from '../../lexicons/countries.json' with { type: 'json' };
import regionsRussia from '../../lexicons/regions-russia.json' with { type: 'json' };
import regionsWorld from '../../lexicons/regions-world.json' with { type: 'json' };
import regionsAreas from '../../lexicons/regions-areas.json' with { type: 'json' };
import cities from '../../lexicons/cities.json' with { type: 'json' };
import organizations from '../../lexicons/organizations.json' with { type: 'json' };
import type { Span } from '../../../model/index.js';
import { foldForSearch } from '../../core/fold-for-search.js';
import { BREAKERS, headsIn } from './person-titles.js';
import { LATER_NAME_WORD, NAME_WORD, PARTICLE, isFirstName, mayBeNameWord } from './person-names.js';

/** After a post, how far its complement and its holder's name may reach ("ministre des Affaires étrangères … Sugiono"). */
const TITLED_NAME_REACH = 160;
/** A name after a post holds at most this many words ("Khadga Prasad Sharma Oli"). */
const MAX_WORDS = 4;

// "Abdallah II", "Charles III": a regnal number closes a name.
const ROMAN = String.raw`(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})(?![\p{L}\p{N}])`;
// "Alexeï DIOUMINE": a surname written in capitals in a headline.
const CAPS = String.raw`\p{Lu}{3,}(?:-\p{Lu}{2,})*(?![\p{L}\p{N}])`;
const RUN = new RegExp(
  String.raw`(?:${NAME_WORD}|${CAPS})(?:\s+(?:${PARTICLE}\s+)*(?:${LATER_NAME_WORD}|${CAPS}|${ROMAN}))*`,
  'uy',
);
const WORD = /[\p{L}\p{M}’'-]+/uy;
const PAREN = /\([^()\n,;]{1,60}\)/y;
// Words that tie a complement to what follows: a capitalised run followed by "de" is a place or a body.
const LINKERS = new Set(['de', 'du', 'des', 'd', 'en']);
const ARTICLE_AFTER = /^\s+(?:(?:le|la|les|un|une|des|du|son|sa|ses)\s|l[’'])|^\s+\p{Lu}/u;
// Nouns whose capitalised complement is the name of a body or a thing, not of a post holder.
const BODY_NOUNS = new Set(
  (
    'groupe societe compagnie entreprise holding usine combinat centrale banque fonds corporation agence chaine journal ' +
    'journaux magazine club projet programme navire brise-glace sous-marin croiseur fregate satellite fusee operation ' +
    'exercice forum festival sommet initiative plateforme fondation association universite institut ecole lycee ' +
    'hopital clinique centre musee theatre gisement champ mine port aeroport gare pont autoroute route gazoduc oleoduc ' +
    'complexe parc zone station cosmodrome'
  ).split(' '),
);

/** Folded capitalised words of places, bodies and portfolios: the complement of a post, never its holder. */
const COMPLEMENT_WORDS: ReadonlySet<string> = (() => {
  const names: string[] = [...postWords.words];
  for (const c of countries.countries) names.push(c.canonical, ...c.forms);
  for (const s of regionsRussia.subjects) names.push(s.canonical, ...s.stems, ...(s.forms ?? []));
  for (const r of regionsWorld.regions) names.push(r.canonical, ...r.stems);
  for (const a of [...regionsAreas.areas, ...regionsAreas.sites]) names.push(a.canonical, ...a.forms);
  for (const c of cities.cities) names.push(c.canonical, ...c.forms);
  for (const o of organizations.organizations) names.push(o.canonical, ...o.forms);
  const out = new Set<string>();
  for (const name of names) {
    for (const w of name.split(/[\s’'()]+/u)) {
      // a capitalised word of a place that is also a given name ("Vladimir") stays a possible name
      if (/^\p{Lu}/u.test(w) && !isFirstName(w)) out.add(foldForSearch(w));
    }
  }
  return out;
})();

const isComplementWord = (w: string) =>
  COMPLEMENT_WORDS.has(foldForSearch(w)) || COMPLEMENT_WORDS.has(foldForSearch(w.split('-')[0]!));

/**
 * Holders named right after their post, whatever their name: "le ministre des Affaires étrangères
 * Sugiono et …", "le Premier ministre du Népal Khadga Prasad Sharma Oli", "le roi du Royaume hachémite
 * de Jordanie Abdallah II à …". The complement runs over lower-case words and capitalised words of
 * places, bodies and portfolios; the holder is the capitalised run that follows, from its first given
 * name if it has one. A verb, a digit or a clause mark before any such run means no holder is named.
 */
export function titledNames(text: string, line: Span): Span[] {
  const out: Span[] = [];
  for (const head of headsIn(text, line.start, line.end)) {
    const name = holderAfter(text, head.end, Math.min(line.end, head.end + TITLED_NAME_REACH));
    if (name) out.push(name);
  }
  return out;
}

function holderAfter(text: string, from: number, to: number): Span | null {
  let at = from;
  let prevWord = '';
  const recent: string[] = []; // the last lower-case words of the complement
  while (at < to) {
    while (at < to && /\s/u.test(text[at]!)) at++;
    if (at >= to) return null;
    PAREN.lastIndex = at;
    const paren = PAREN.exec(text);
    if (paren && at + paren[0].length <= to) {
      at += paren[0].length;
      prevWord = ')';
      continue;
    }
    RUN.lastIndex = at;
    const run = RUN.exec(text);
    if (run && at + run[0].length <= to) {
      // "président du groupe industriel Novoe Sodroujestvo", "la centrale nucléaire de Paks II": a body's name
      const named = recent.slice(-3).some((w) => BODY_NOUNS.has(w));
      const name = named ? null : nameInRun(text, at, run[0], prevWord);
      recent.length = 0;
      const after = /^\s*([\p{L}’']+)/u.exec(text.slice(at + run[0].length, to));
      const linked = after !== null && LINKERS.has(foldForSearch(after[1]!).replace(/[’']$/u, ''));
      if (name && !linked) return name;
      at += run[0].length;
      prevWord = 'X';
      continue;
    }
    WORD.lastIndex = at;
    const word = WORD.exec(text);
    if (!word) return null; // punctuation, digits: the clause ends before any holder
    const folded = foldForSearch(word[0]).replace(/[’']$/u, '');
    // "à" may sit in a complement ("ambassadeur à Moscou"); the verb "a" may not
    if (/^\p{Lu}/u.test(word[0]) || (BREAKERS.has(folded) && word[0] !== 'à')) return null;
    // "Agence de recherche et d’innovation" goes on; "… et le ministre …" is the next item of a list
    if (folded === 'et' && ARTICLE_AFTER.test(text.slice(at + 2, to))) return null;
    at += word[0].length;
    prevWord = folded;
    recent.push(folded);
  }
  return null;
}

/** The holder's name inside a capitalised run, or null when the run only continues the complement. */
function nameInRun(text: string, start: number, run: string, prevWord: string): Span | null {
  const words = [...run.matchAll(/\S+/gu)];
  // "le gouverneur du territoire du Kamtchatka VLADIMIR SOLODOV": a headline in capitals
  const allCaps = (i: number) => /^\p{Lu}+$/u.test(words[i]?.[0] ?? '');
  let first = words.findIndex(
    (w, i) => isFirstName(w[0]) && (/^\p{Lu}\p{Ll}/u.test(w[0]) || (allCaps(i) && allCaps(i + 1))),
  );
  if (first < 0) first = words.findIndex((w) => !isComplementWord(w[0]));
  // "ministre de l’Énergie du Kirghizstan Taalaïbek Ibraïev": after "du", the first of three words is a place
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w[0]));
  if (first === 0 && LINKERS.has(prevWord) && capitals.length >= 3 && !isFirstName(words[0]![0])) first = 1;
  if (first < 0 || !(/^\p{Lu}\p{Ll}/u.test(words[first]![0]) || isFirstName(words[first]![0]))) return null;
  const kept = words.slice(first);
  const names = kept.filter((w) => /^\p{Lu}/u.test(w[0]) || w[0].includes('-'));
  if (names.length > MAX_WORDS || !kept.every((w) => !/^\p{Lu}/u.test(w[0]) || mayBeNameWord(w[0])))
    return null;
  // "de la région de Qashqadaryo": one unknown word right after "de" is a place more likely than a holder
  if (first === 0 && names.length === 1 && LINKERS.has(prevWord) && !isFirstName(kept[0]![0])) return null;
  const s = start + kept[0]!.index;
  const last = kept.at(-1)!;
  return { start: s, end: start + last.index + last[0].length };
}
