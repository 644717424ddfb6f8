import type { Span } from '../../../model/index.js';
import {
  ADJECTIVE,
  CLAUSE_STOP,
  EXCLUDED_BEFORE,
  GENRE,
  HEAD,
  PROGRAMME_TOPIC,
  TOPIC,
  headOf,
  startsHead,
} from './agreement-lexicon.js';
import { matchAll } from '../../core/match-all.js';
import { EXCLUDED_HEAD_CUE_BEFORE, HEAD_ADJECTIVE_AFTER } from '../../core/text-windows.js';

/** One agreement named in the text: its full noun phrase and what kind of act it is. */
export interface AgreementMatch extends Span {
  kind: string;
  /** End of the head and its adjectives ("accords intergouvernementaux"). */
  headEnd: number;
  /** A second title sharing the head ("… et sur l’égalité des droits"): the name it stands for. */
  impliedName?: string;
}

const MAX_TAIL = 320;
const CEASEFIRE = /cessez|trêve/iu;
// A clause ends at sentence punctuation, a comma, a dash or a bracket.
const HARD_STOP = /[.;:!?\r\n,(«»"]|\s[–—-]\s/u;
// "… du 25 décembre 1998, et le protocole sur …": a second agreement starts its own name.
const NEXT_HEAD = new RegExp(`\\s(?:et|ou)\\s+(?:le|la|les|l[’']|un|une|des)\\s*(?=${HEAD.source})`, 'iu');
const NAMED_OR_DATED = /^\s+(?:de|d[’']|du|of)\s*(?:la\s+|l[’']\s*)?(?:\p{Lu}|\d)/u;
const DURATION =
  /^\s+(?:de|d[’']une durée de|pendant(?:\s+au\s+moins)?|pour(?:\s+au\s+moins)?|d[’']au moins)\s+(?:\d+|un|une|deux|trois|sept|dix|quinze|trente)\s+(?:jours|heures|mois|semaines|days|hours)/iu;
const TRAILING_FUNCTION_WORDS =
  /(?:\s+(?:et|ou|de|du|des|d[’']|la|le|les|l[’']|à|au|aux|en|pour|sur|dans|par|avec|entre))+\s*$/iu;
// "mémorandum d’accord sur la construction de la centrale … entre Rosatom et l’Agence …": after its
// subject, an act between bodies named without article is titled by the subject alone.
const TOPIC_WORD = /(?:^|\s)(?:sur|relatif|relative|concernant)\s/u;
const PARTNERS = /\s(?:entre|between)\s+(?=\p{Lu})/u;
function partnersAfterTopic(tail: string): number {
  const topic = TOPIC_WORD.exec(tail);
  if (!topic) return -1;
  const from = topic.index + topic[0].length;
  const partners = PARTNERS.exec(tail.slice(from));
  return partners ? from + partners.index : -1;
}
const COORDINATED_TOPIC = /\s+et\s+(?=(?:sur|entre|relatif|relative|concernant)\s)/u;

/** Finds every agreement name, nested ones included ("protocole sur … de l’accord entre … du 25 décembre 1998"). */
export function matchAgreements(text: string): AgreementMatch[] {
  const out: AgreementMatch[] = [];
  for (const h of matchAll(text, HEAD)) {
    const head = headOf(h[0]);
    if (!head || !startsHead(text, h.index)) continue;
    if (EXCLUDED_BEFORE.test(text.slice(Math.max(0, h.index - EXCLUDED_HEAD_CUE_BEFORE), h.index))) continue;
    let headEnd = h.index + h[0].length;
    for (
      let a = ADJECTIVE.exec(text.slice(headEnd, headEnd + HEAD_ADJECTIVE_AFTER));
      a;
      a = ADJECTIVE.exec(text.slice(headEnd, headEnd + HEAD_ADJECTIVE_AFTER))
    ) {
      headEnd += a[0].length;
    }
    const { tail, withPartners } = clauseAfter(text, headEnd);
    // "accord potentiel de cessez-le-feu sur une distance de 2 000 km": the truce closes the name.
    const genre = GENRE.exec(tail);
    if (genre && CEASEFIRE.test(genre[0])) {
      out.push({ start: h.index, end: headEnd + genre[0].length, kind: 'ceasefire_proposal', headEnd });
      continue;
    }
    const end = nameEnd(head.complement, tail, headEnd, h.index);
    if (end === null) continue;
    out.push(...splitCoordinated(text, { start: h.index, end, kind: head.kind, headEnd }));
    // "mémorandum sur la gazéification entre Gazprom et le Cabinet …" is also named with its partners:
    // both forms are kept, the short one nested in the long one, and the two become one act
    if (withPartners && end === headEnd + tail.length)
      out.push({ start: h.index, end: headEnd + withPartners.length, kind: head.kind, headEnd });
  }
  return out;
}

function clauseAfter(text: string, from: number): { tail: string; withPartners?: string } {
  let tail = text.slice(from, from + MAX_TAIL);
  const hard = hardStop(tail);
  if (hard >= 0) tail = tail.slice(0, hard);
  CLAUSE_STOP.lastIndex = 0;
  const stop = CLAUSE_STOP.exec(tail);
  if (stop) tail = tail.slice(0, stop.index);
  const next = NEXT_HEAD.exec(tail);
  if (next) tail = tail.slice(0, next.index);
  const partners = partnersAfterTopic(tail);
  if (partners < 0) return { tail: tail.replace(TRAILING_FUNCTION_WORDS, '') };
  return {
    tail: tail.slice(0, partners).replace(TRAILING_FUNCTION_WORDS, ''),
    withPartners: tail.replace(TRAILING_FUNCTION_WORDS, '').trimEnd(),
  };
}

// A comma ends the name unless a list of complements goes on: "traité d’amitié, de paix et de
// coopération entre …", "accord de coopération commerciale, économique, scientifique, technique et
// culturelle entre …"; but "…, d’un montant de 5,4 milliards" is no longer the name.
const COMMA_CONTINUES =
  /^,\s*(?:(?:de|d[’']|du|des)\s*(?!(?:un|une|plus|ailleurs|même|sorte|abord|autre|ici|nouveau|part)(?![\p{L}]))\p{Ll}|\p{Ll}+(?=\s*,|\s+et\s))/u;

const HARD_STOPS = new RegExp(HARD_STOP.source, 'gu');
function hardStop(tail: string): number {
  for (const m of matchAll(tail, HARD_STOPS)) {
    if (m[0] === ',' && COMMA_CONTINUES.test(tail.slice(m.index))) continue;
    return m.index;
  }
  return -1;
}

/** Where the name stops, or null when the head alone is no agreement ("un accord est en cours"). */
function nameEnd(rule: string, tail: string, headEnd: number, start: number): number | null {
  const withTail = headEnd + tail.length;
  switch (rule) {
    case 'required':
      return TOPIC.test(tail) || GENRE.test(tail) || NAMED_OR_DATED.test(tail) ? withTail : null;
    case 'optional':
      return TOPIC.test(tail) || NAMED_OR_DATED.test(tail) ? withTail : headEnd;
    case 'topic':
      return PROGRAMME_TOPIC.test(tail) ? withTail : null;
    case 'duration': {
      const d = DURATION.exec(tail);
      return d ? headEnd + d[0].length : headEnd;
    }
    default:
      return headEnd > start ? headEnd : null;
  }
}

// "les accords intergouvernementaux sur la coopération … et sur l’égalité des droits pour les
// consommateurs" names two agreements; the second is "accord intergouvernemental sur l’égalité …".
function splitCoordinated(text: string, m: AgreementMatch): AgreementMatch[] {
  const name = text.slice(m.start, m.end);
  const cut = COORDINATED_TOPIC.exec(name.slice(m.headEnd - m.start));
  if (!cut) return [m];
  const firstEnd = m.headEnd + cut.index;
  const secondStart = firstEnd + cut[0].length;
  const head = singular(text.slice(m.start, m.headEnd));
  return [
    { ...m, end: firstEnd },
    { ...m, start: secondStart, impliedName: `${head} ${text.slice(secondStart, m.end)}` },
  ];
}

/** "accords intergouvernementaux" → "accord intergouvernemental": a plural head named once per act. */
export function singular(phrase: string): string {
  return phrase
    .split(/(\s+)/)
    .map((w) =>
      /\s/.test(w) || w.length <= 3 ? w : w.replace(/aux$/u, 'al').replace(/(?<=\p{L}{3})s$/u, ''),
    )
    .join('');
}
