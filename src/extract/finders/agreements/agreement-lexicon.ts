import lexicon from '../../lexicons/agreements.json' with { type: 'json' };
import { phraseSource } from '../units/unit-lexicon.js';

export type ComplementRule = 'required' | 'optional' | 'topic' | 'duration' | 'none';

const alternation = (phrases: readonly string[]) =>
  [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map(phraseSource)
    .join('|');

const START = '(?<![\\p{L}\\p{N}-])';
const END = '(?![\\p{L}\\p{N}])';

interface Head {
  kind: string;
  complement: ComplementRule;
}
const HEAD_OF = new Map<string, Head>();
for (const h of lexicon.heads) {
  for (const f of h.forms) HEAD_OF.set(fold(f), { kind: h.kind, complement: h.complement as ComplementRule });
}

function fold(s: string): string {
  return s.toLowerCase().replace(/[’']/g, '’').replace(/\s+/g, ' ');
}

/** Every agreement head word or phrase ("accord", "déclarations conjointes", "cessez-le-feu"). */
// No leading lookbehind: it would stop the engine from skipping to the head words (see startsWord).
export const HEAD = new RegExp(`(?:${alternation(lexicon.heads.flatMap((h) => h.forms))})${END}`, 'giu');
export const startsHead = (text: string, index: number): boolean =>
  index === 0 || !/[\p{L}\p{N}-]/u.test(text[index - 1]!);
export const headOf = (surface: string): Head | undefined => HEAD_OF.get(fold(surface));

export const ADJECTIVE = new RegExp(`^\\s+(?:${alternation(lexicon.adjectives)})${END}`, 'iu');
export const GENRE = new RegExp(`^\\s+(?:${alternation(lexicon.genreComplements)})${END}`, 'iu');
export const TOPIC = new RegExp(
  `^\\s+(?:${alternation(lexicon.topicIntroducers)})\\s*(?:${alternation(lexicon.topicArticles)}|\\p{Lu}|\\d)`,
  'u',
);
export const PROGRAMME_TOPIC = new RegExp(`${START}(?:${alternation(lexicon.programmeTopics)})`, 'iu');
export const BILATERAL = new RegExp(`${START}(?:${alternation(lexicon.bilateralMarkers)})${END}`, 'iu');
export const CLAUSE_STOP = new RegExp(`\\s(?:${alternation(lexicon.clauseStops)})${END}`, 'gu');
export const EXCLUDED_BEFORE = new RegExp(`(?:${alternation(lexicon.excludedBefore)})\\s*$`, 'u');
