import type { Range } from './headings.js';
import { fold, TITLE_HEADS } from './title-words.js';
import { matchAll } from './match-all.js';

/** A speaker turn inside one line: offsets are relative to that line. */
export interface TurnMatch {
  name: Range;
  title?: Range;
  /** The words after the colon; absent when the line stops at the colon. */
  body?: Range;
}

// Capitalised words that start sentences, not names: "Imaginez Vladimir:" is no speaker.
const NOT_NAME = new Set(
  (
    'le la les un une des du de ce cette ces il elle ils elles nous vous je on mais et ou donc or ni car pour selon voici voila ' +
    'ainsi alors puis enfin ensuite parallelement cependant toutefois pourtant neanmoins deuxiemement premierement ' +
    'troisiemement question reponse note remarque objet sujet resume total conclusion monsieur madame mademoiselle mr m mme ' +
    'messieurs mesdames cher chere chers cheres camarade camarades collegues amis bonjour bonsoir merci imaginez ' +
    'regardez ecoutez attention rappel'
  ).split(' '),
);

// Lower-case words a title may hold ("de la", "des forces armées") — verbs and pronouns are not among them.
const TITLE_VERBS =
  /^(?:a|ai|as|avons|avez|ont|est|es|sommes|êtes|sont|était|étaient|avait|avaient|sera|seront|dit|dis|déclaré|ajouté|souligné|noté|répondu|demandé|je|j’|j'|il|elle|nous|vous|ils|elles|on|qui|que|qu’|qu'|se|s’|s')$/iu;

const PERSON_WORD = /^(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]*\p{L}|\p{Lu})$/u;
const PARTICLES = new Set(['de', 'du', 'des', 'la', 'le', 'l’', "l'", 'd’', "d'", 'et', 'en', 'aux', 'au']);
const NAME_PARTICLES = new Set('van von der den bin ben al el di da dos ibn'.split(' '));

const isInitial = (w: string): boolean => /^\p{Lu}\.$/u.test(w);

interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Reads "Président de la Russie Vladimir Poutine: …", "Vladimir Poutine : …", "V. Poutine: …" as a turn.
 * A one-word speaker ("Poutine: …") counts only when `knownSurnames` holds it.
 */
export function parseSpeakerTurn(line: string, knownSurnames?: ReadonlySet<string>): TurnMatch | null {
  const colon = findColon(line);
  if (colon < 0) return null;
  let prefixEnd = colon;
  while (prefixEnd > 0 && /\s/u.test(line[prefixEnd - 1]!)) prefixEnd--;
  // "Boris Gryzlov [ambassadeur …]:" — a bracketed aside after the name stays out of the name.
  const aside = /\s*[[(][^\])]*[\])]$/u.exec(line.slice(0, prefixEnd));
  const nameEnd = aside ? prefixEnd - aside[0].length : prefixEnd;
  const prefix = line.slice(0, nameEnd);
  const body = bodyAfter(line, colon);
  const appositive = nameThenTitle(prefix, knownSurnames);
  if (appositive) return { ...appositive, ...(body && { body }) };
  // "De plus, des efforts sont faits …:" — commas, sentence stops, digits or quotes mean prose, but for
  // a title in parts: "Commandant du groupe de forces Est, colonel général Andreï Ivanaïev :".
  const commas = /,/u.test(prefix) && !titleInParts(prefix);
  if (!/^\p{Lu}/u.test(prefix) || commas || /[;!?«»"“”…\d]/u.test(prefix) || /\p{L}{2}\.(?!$)/u.test(prefix))
    return null;

  const tokens = tokenize(prefix);
  if (tokens.length === 0 || tokens.length > 24) return null;
  const split = nameStart(tokens);
  if (split < 0) return null;
  const nameTokens = tokens.slice(split);
  const titleTokens = tokens.slice(0, split).filter((t) => !/^[–—-]$/u.test(t.text));

  if (titleTokens.length > 0) {
    if (!isTitle(titleTokens)) return null;
  } else if (!isBareName(nameTokens, knownSurnames)) return null;

  const name = { start: nameTokens[0]!.start, end: nameTokens.at(-1)!.end };
  const title = titleTokens.length
    ? { start: titleTokens[0]!.start, end: titleTokens.at(-1)!.end }
    : undefined;
  return { name, ...(title && { title }), ...(body && { body }) };
}

/** "Post of X, rank Name": at most three comma parts, the first opening with a post, each later one with a rank or post. */
function titleInParts(prefix: string): boolean {
  const parts = prefix.split(',').map((p) => p.trim());
  if (parts.length > 3 || parts.some((p) => p === '')) return false;
  const head = (p: string) => TITLE_HEADS.has(fold(p.split(/\s+/u)[0]!));
  return /^\p{Lu}/u.test(parts[0]!) && parts.every(head);
}

function bodyAfter(line: string, colon: number): Range | undefined {
  let start = colon + 1;
  while (start < line.length && /\s/u.test(line[start]!)) start++;
  return start < line.length ? { start, end: line.length } : undefined;
}

/** "Vladimir Poutine, président de la Russie : …" — the name first, its title after one comma. */
function nameThenTitle(prefix: string, knownSurnames?: ReadonlySet<string>): TurnMatch | null {
  const comma = prefix.indexOf(',');
  if (comma < 0 || prefix.indexOf(',', comma + 1) >= 0 || /[;!?«»"“”…\d]/u.test(prefix)) return null;
  const nameTokens = tokenize(prefix.slice(0, comma));
  const titleTokens = tokenize(prefix).filter((t) => t.start > comma);
  if (
    titleTokens.length === 0 ||
    titleTokens.length > 20 ||
    !nameTokens.every((_, k) => isNameWord(nameTokens, k))
  )
    return null;
  if (!isBareName(nameTokens, knownSurnames) || !TITLE_HEADS.has(fold(titleTokens[0]!.text))) return null;
  if (titleTokens.some((t) => TITLE_VERBS.test(t.text))) return null;
  return {
    name: { start: nameTokens[0]!.start, end: nameTokens.at(-1)!.end },
    title: { start: titleTokens[0]!.start, end: titleTokens.at(-1)!.end },
  };
}

/** The speaker's surname ("Vladimir Poutine" → "Poutine"), for one-word turns later on. */
export const surnameOf = (name: string): string => name.split(/\s+/u).at(-1) ?? name;

function findColon(line: string): number {
  const limit = Math.min(line.length, 200);
  for (let i = 0; i < limit; i++) {
    if (line[i] !== ':') continue;
    if (/\d/u.test(line[i - 1] ?? '') && /\d/u.test(line[i + 1] ?? '')) return -1; // "16:50"
    if (line[i + 1] === '/') return -1; // "http://"
    return i;
  }
  return -1;
}

function tokenize(prefix: string): Token[] {
  return [...matchAll(prefix, /\S+/gu)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Index of the first name token: the trailing capitalised words, less a leading one held by "de la" or a title word. */
function nameStart(tokens: Token[]): number {
  let i = tokens.length;
  while (i > 0 && tokens.length - i < 4 && isNameWord(tokens, i - 1)) i--;
  while (i < tokens.length && NAME_PARTICLES.has(tokens[i]!.text)) i++;
  if (i === tokens.length) return -1;
  // "… de la Russie Vladimir Poutine", "Premier vice-ministre de la Défense Valery Gerasimov": Russie and Défense belong to the title.
  while (i < tokens.length - 1) {
    const before = tokens[i - 1];
    const word = fold(tokens[i]!.text);
    if ((before && PARTICLES.has(fold(before.text))) || TITLE_HEADS.has(word) || NOT_NAME.has(word)) i++;
    else break;
  }
  return i;
}

function isNameWord(tokens: Token[], k: number): boolean {
  const w = tokens[k]!.text;
  if (PERSON_WORD.test(w)) return true;
  // "Ursula von der Leyen": lower-case particles between two capitalised words.
  const nameLike = (t: Token | undefined) => !!t && (PERSON_WORD.test(t.text) || NAME_PARTICLES.has(t.text));
  return NAME_PARTICLES.has(w) && nameLike(tokens[k - 1]) && nameLike(tokens[k + 1]);
}

function isTitle(tokens: Token[]): boolean {
  const words = tokens.map((t) => t.text);
  const first = /^(?:le|la|l[’'])$/iu.test(words[0]!) ? words[1] : words[0];
  if (!first || !TITLE_HEADS.has(fold(first.replace(/^l[’']/iu, '')))) return false;
  if (!/^\p{Lu}/u.test(words[0]!)) return false;
  return !words.some((w) => TITLE_VERBS.test(w));
}

function isBareName(tokens: Token[], knownSurnames?: ReadonlySet<string>): boolean {
  if (tokens.some((t) => NOT_NAME.has(fold(t.text)))) return false;
  if (tokens.length >= 2) return tokens.some((t) => !isInitial(t.text));
  const only = tokens[0]!.text;
  return !isInitial(only) && (knownSurnames?.has(only) ?? false);
}
