import firstNames from '../../lexicons/first-names.json' with { type: 'json' };
import { foldForSearch } from '../../core/normalize-name.js';

/** One capitalised name word: "Poutine", "Kassym-Jomart", "O’Neill"; "PERM" and "Le" are filtered by callers. */
export const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}][\p{L}\p{M}]*(?:[-’'][\p{Lu}\p{Ll}][\p{L}\p{M}]*)*`;
// "Ursula von der Leyen", "Mohammed bin Salman": lower-case particles that sit inside a name.
export const PARTICLE = String.raw`(?:von|van|der|den|bin|ben|ibn|al|el|dos|da|di)`;
// "Abdel Fattah al-Sissi", "Mohammed ould Ghazouani": an Arabic article glued to a later name word.
const ARTICLE = String.raw`(?:al|el|ad|ach|as|an|ar|at|az|ibn|ben|bin|abou|abu|ould)-`;
/** A name word after the first: a capitalised word, possibly behind a glued article ("al-Sissi"). */
export const LATER_NAME_WORD = String.raw`(?:${ARTICLE})?${NAME_WORD}`;
/** One to three name words, particles allowed between them. */
export const NAME_SEQ = String.raw`${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${LATER_NAME_WORD}){0,2}`;

const FIRST_NAMES = new Set((firstNames as string[]).map((n) => foldForSearch(n)));

/** True for a given name of the lexicon, in any of its transliterations ("Sergueï", "Sergey"). */
export const isFirstName = (word: string): boolean => FIRST_NAMES.has(foldForSearch(word));

// Capitalised words that are never part of a person's name: articles and pronouns that open sentences,
// titles ("Mr. Président"), months and days ("Vladimir Poutine Mars" never happens, "Monsieur Mars" does not name anyone).
const NOT_NAME = new Set(
  (
    'le la les l un une des du de d au aux ce cet cette ces il elle ils elles nous vous je j on mais et ou donc or ni car ' +
    'pour par sur dans avec sans selon voici voila ainsi alors puis enfin ensuite cependant toutefois pourtant neanmoins ' +
    'oui non merci bonjour bonsoir madame monsieur mademoiselle messieurs mesdames mr mrs ms mme m dr cher chere chers ' +
    'camarade camarades collegues amis president presidente premier premiere ministre gouverneur vice chef secretaire ' +
    'general generale commandant ambassadeur directeur maire excellence majeste altesse sa son leur notre votre ' +
    'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche the of and in on at for to a an this that his her ' +
    'republique federation etat etats region territoire kremlin union conseil forces armee gouvernement ministere ' +
    'question reponse note photo video'
  ).split(' '),
);

/** True when a capitalised word can belong to a person's name. */
export const mayBeNameWord = (word: string): boolean =>
  !NOT_NAME.has(foldForSearch(word).replace(/[’'.]/g, '')) && word.length > 1;

/** Trims a matched name sequence to its leading run of words that may be names (drops "Poutine Le"). */
export function trimNameSeq(seq: string): string {
  const words = seq.split(/(\s+)/);
  let keep = 0;
  for (let i = 0; i < words.length; i += 2) {
    const w = words[i]!;
    if (/^\p{Ll}/u.test(w) && !w.includes('-')) continue; // particle
    if (/^\p{Ll}+-/u.test(w) && keep > 0) {
      keep = i + 1; // "al-Sissi"
      continue;
    }
    if (!mayBeNameWord(w)) break;
    keep = i + 1;
  }
  return words.slice(0, keep).join('');
}

/** The last word of a name: "Vladimir Poutine" → "Poutine", used to find later surname-only mentions. */
export const surnameOf = (name: string): string => name.trim().split(/\s+/).at(-1) ?? name;

// Russian patronymics as French and English transliterate them: "Vladimirovitch", "Kojouguetovitch",
// "Ilitch", "Nikolaïevna", "Ilinichna", "Sergeyevich".
const PATRONYMIC = /(?:vitch|vich|itch|ich|ovna|evna|ichna)$/;

/** True for a word shaped like a Russian patronymic ("Vladimirovitch", "Nikolaïevna"). */
export const isPatronymic = (word: string): boolean =>
  word.length >= 6 && PATRONYMIC.test(foldForSearch(word));
