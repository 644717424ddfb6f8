import { normalizeName } from '../../core/normalize-name.js';
import type { Candidate } from '../../core/types.js';

// Within one document an act is named in full once and shortened later: "traité entre la Fédération
// de Russie et la République du Bélarus sur les garanties de sécurité …" then "traité bilatéral sur
// les garanties de sécurité"; "accord … du 25 décembre 1998" then "traité de 1998 sur l’égalité des
// droits des citoyens". They share the words of their subject; the parties and the head do not count.
const PARTIES = /\bentre\b.*?(?=\bsur\b|$)/u;
const HEAD_WORDS = new Set([
  'accord',
  'traite',
  'protocole',
  'convention',
  'memorandum',
  'declaration',
  'programme',
  'charte',
  'intergouvernemental',
  'bilateral',
  'interetatique',
  'conjointe',
  'commune',
  'potentiel',
]);
// An agreement and a treaty are often the same act under two translations; a protocol to a treaty is not.
const FAMILY: Record<string, string> = { agreement: 'act', treaty: 'act' };

const stem = (w: string) => w.replace(/aux$/, 'al').replace(/(?<=\w{3})[sx]$/, '');

const subjects = new Map<string, Set<string>>();
function subjectWords(name: string): Set<string> {
  let out = subjects.get(name);
  if (!out) {
    const words = normalizeName(name).replace(PARTIES, ' ').split(' ').map(stem);
    subjects.set(name, (out = new Set(words.filter((w) => w.length > 3 && !HEAD_WORDS.has(w)))));
  }
  return out;
}
const yearOf = (name: string) => /\b(1[89]|20)\d\d\b/.exec(name)?.[0];
const familyOf = (c: Candidate) => {
  const kind = String(c.properties?.kind ?? '');
  return FAMILY[kind] ?? kind;
};

function sameAct(a: Candidate, b: Candidate): boolean {
  if (familyOf(a) !== familyOf(b)) return false;
  // "cessez-le-feu", "accord potentiel de cessez-le-feu", "cessez-le-feu de 30 jours": one proposal,
  // unless two durations differ.
  if (a.properties?.kind === 'ceasefire_proposal') {
    const [da, db] = [/\d+/.exec(a.name)?.[0], /\d+/.exec(b.name)?.[0]];
    return !(da && db && da !== db);
  }
  const ya = yearOf(a.name);
  const yb = yearOf(b.name);
  if (ya && yb && ya !== yb) return false;
  if (a.properties?.kind !== b.properties?.kind && !(ya && yb)) return false;
  const wa = subjectWords(a.canonical ?? a.name);
  const wb = subjectWords(b.canonical ?? b.name);
  if (wa.size === 0 || wb.size === 0) return wa.size === wb.size;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.min(wa.size, wb.size) >= 0.6;
}

/** Gives every mention of one act the same `canonical`: its fullest name in the document. */
export function linkAgreements(candidates: readonly Candidate[]): void {
  const groups: Candidate[][] = [];
  for (const c of candidates) {
    const home = groups.find((g) => g.some((m) => sameAct(m, c)));
    if (home) home.push(c);
    else groups.push([c]);
  }
  for (const g of groups) {
    const best = g.reduce((a, b) => (fullness(b) > fullness(a) ? b : a));
    const canonical = best.canonical ?? best.name;
    for (const c of g) c.canonical = canonical;
  }
}

const fullness = (c: Candidate) => normalizeName(c.canonical ?? c.name).split(' ').length;
