import type { ParsedDocument } from '../../../model/index.js';
import { matchAll } from '../../core/match-all.js';
import { splitSentences } from '../../core/sentences.js';
import type { Candidate, EntityFinder } from '../../core/types.js';
import { candidateAt, lexiconMatches } from '../places/lexicon-candidates.js';
import { tellsAction } from './unit-lexicon.js';

// A place name no list holds: one to three capitalised words ("Velikaïa Novossiolka", "Zelenoïé Polé").
const WORD = String.raw`\p{Lu}[\p{L}’'-]*\p{L}`;
const NAME = String.raw`${WORD}(?:[ \u00a0-]${WORD}){0,2}`;
const OF = String.raw`(?:de[ \u00a0]+|d[’'][ \u00a0]*|du[ \u00a0]+)`;
const TAIL = String.raw`((?:(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+et[ \u00a0]+)${OF}?${NAME})+)`;
// Words that open a clause or a title, never a village.
const NOT_NAMES =
  /^(?:Le|La|Les|L|Un|Une|Des|Ce|Cette|Ces|Nous|Il|Elle|Ils|Elles|Président|Premier|Monsieur|Madame)$/u;

/**
 * The frames of a combat report that name a place whatever it is called: the axis ("en direction de
 * Velikaïa Novossiolka"), the vicinity ("près de Kourdioumovka") and the localities of a list ("les
 * localités de Kotlino, Ouspenovka et Zelenoïé Polé": every one after the first, which is the places
 * finder's) and the places a capture verb takes ("ont libéré Kotlino et Ouspenovka"), in sentences
 * where troops act.
 */
const AXIS = new RegExp(String.raw`(?:direction|axe)[ \u00a0]+${OF}(${NAME})`, 'gu');
const NEAR = new RegExp(
  String.raw`(?:près|aux[ \u00a0]+abords|aux[ \u00a0]+environs|dans[ \u00a0]+les[ \u00a0]+environs|non[ \u00a0]+loin)[ \u00a0]+${OF}(${NAME})`,
  'gu',
);
const LIST = new RegExp(
  String.raw`(?:localités|villages|villes|hameaux|agglomérations)(?:[ \u00a0]+\p{Ll}[\p{Ll}-]+)?[ \u00a0]+${OF}${NAME}${TAIL}`,
  'gu',
);
// "ont libéré Kotlino, Ouspenovka et Zelenoïé Polé": the places a capture verb takes, every one of them.
const TAKEN = new RegExp(
  String.raw`(?:libérée?s?|libérer|repris|reprise|reprendre|pris[ \u00a0]+le[ \u00a0]+contrôle[ \u00a0]+${OF}|encerclée?s?)[ \u00a0]*(${NAME})(${TAIL})?`,
  'gu',
);
// The frames are read only where troops are the actors, not in "a libéré le prisonnier Ivanov".
const TROOPS =
  /(?:^|[^\p{L}])(?:troupes|unités|forces|soldats|militaires|combattants|brigades?|régiments?|divisions?|bataillons?|armées?|corps|flottes?|groupes?\s+de\s+forces|troops|units|forces)(?![\p{L}])/iu;
const MEMBER = new RegExp(String.raw`(?:,|[ \u00a0]et)[ \u00a0]*${OF}?(${NAME})`, 'gu');

/** Regions named in the frames of a combat report, in sentences that tell of combat. */
export const findTheatreNames: EntityFinder = (doc: ParsedDocument): Candidate[] => {
  const known = lexiconMatches(doc);
  const out: Candidate[] = [];
  const add = (start: number, name: string) => {
    if (NOT_NAMES.test(name.split(/[ \u00a0-]/)[0]!)) return;
    const end = start + name.length;
    if (known.some((k) => k.start < end && start < k.end)) return;
    out.push(candidateAt(doc, 'Region', start, end, 'city'));
  };
  for (const paragraph of doc.events.flatMap((e) => e.paragraphs)) {
    for (const s of splitSentences(doc.text, paragraph.start, paragraph.end)) {
      const text = doc.text.slice(s.start, s.end);
      if (!tellsAction(text) || !TROOPS.test(text)) continue;
      for (const re of [AXIS, NEAR]) {
        for (const m of matchAll(text, re)) add(s.start + m.index + m[0].length - m[1]!.length, m[1]!);
      }
      for (const m of matchAll(text, TAKEN)) {
        add(s.start + m.index + m[0].length - (m[2] ?? '').length - m[1]!.length, m[1]!);
      }
      for (const m of [...matchAll(text, LIST), ...matchAll(text, TAKEN)]) {
        const tail = m[m.length - 1];
        if (!tail) continue;
        const at = s.start + m.index + m[0].length - tail.length;
        for (const p of matchAll(tail, MEMBER)) add(at + p.index + p[0].length - p[1]!.length, p[1]!);
      }
    }
  }
  return out;
};
