import type { Candidate } from '../core/types.js';
import { normalizeName } from '../core/normalize-name.js';
import { contentWords, jaccard, nearlyEqual, tokensOf } from './name-matching.js';
import { UnionFind } from './union-find.js';

/**
 * Groups the mentions of one document into would-be entities, one group per real thing.
 * Candidates must be in text order; groups come back in order of first mention.
 */
export function clusterCandidates(candidates: readonly Candidate[]): Candidate[][] {
  const groups: Candidate[][] = [];
  const byType = new Map<string, Candidate[]>();
  for (const c of candidates) byType.set(c.type, [...(byType.get(c.type) ?? []), c]);
  for (const [type, list] of byType) {
    if (type === 'Person') groups.push(...clusterPeople(list));
    else if (type === 'Figure' || type === 'Event') groups.push(...list.map((c) => [c]));
    else groups.push(...clusterByLink(list, LINKS[type] ?? sameName));
  }
  return groups.sort((a, b) => a[0]!.span.start - b[0]!.span.start);
}

type Link = (a: Candidate, b: Candidate) => boolean;

const keyOf = (c: Candidate) => normalizeName(c.canonical ?? c.name);
const kindOf = (c: Candidate) => (typeof c.properties?.kind === 'string' ? c.properties.kind : undefined);

const sameName: Link = (a, b) => keyOf(a) === keyOf(b);

// "Severodonetk" / "Severodonetsk" are one city, but "Perm" (city) and "territoire Perm" never are:
// lexicon canonicals decide when both have one, otherwise folded names within one typo, same kind.
const sameRegion: Link = (a, b) => {
  if (a.canonical && b.canonical) return normalizeName(a.canonical) === normalizeName(b.canonical);
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka && kb && ka !== kb) return false;
  const na = normalizeName(a.name);
  const nb = normalizeName(b.name);
  if (na === nb || keyOf(a) === keyOf(b)) return true;
  return nearlyEqual(na.replace(/\s/g, ''), nb.replace(/\s/g, ''));
};

// "76e division aérienne" and "76th Guards Airborne Assault Division": same number and echelon.
const sameUnit: Link = (a, b) => {
  const na = a.properties?.number;
  const nb = b.properties?.number;
  if (typeof na === 'number' && typeof nb === 'number') {
    return na === nb && a.properties?.echelon === b.properties?.echelon;
  }
  return sameName(a, b);
};

// Long agreement titles are rarely repeated word for word: a close paraphrase is the same agreement.
const sameAgreement: Link = (a, b) => {
  // The agreements finder already resolved references ("traité de 1998" → the 1998 accord): trust it.
  if (a.canonical && b.canonical) return sameName(a, b);
  if (sameName(a, b)) return true;
  const wa = contentWords(a.name);
  const wb = contentWords(b.name);
  return wa.size >= 2 && wb.size >= 2 && jaccard(wa, wb) >= 0.6;
};

const LINKS: Record<string, Link> = {
  Region: sameRegion,
  Organization: sameRegion,
  MilitaryUnit: sameUnit,
  Agreement: sameAgreement,
};

function clusterByLink(list: readonly Candidate[], link: Link): Candidate[][] {
  const uf = new UnionFind(list.length);
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) if (link(list[i]!, list[j]!)) uf.union(i, j);
  }
  return uf.groups().map((g) => g.map((i) => list[i]!));
}

interface PersonCluster {
  first?: string;
  surname: string;
  members: Candidate[];
  lastSeen: number;
}

/**
 * Full names first ("Alexander Lukashenko"), then bare surnames and initials attach to them
 * ("Lukashenko", typo "Lukashnko", "A. Lukashenko"). Two people who share a surname but not a first
 * name stay apart; a bare surname then goes to the one named most recently before it.
 */
function clusterPeople(list: readonly Candidate[]): Candidate[][] {
  const clusters: PersonCluster[] = [];
  const full = list.filter((c) => personTokens(c).length >= 2);
  const bare = list.filter((c) => personTokens(c).length < 2);
  for (const c of full) {
    const tokens = personTokens(c);
    const first = tokens[0]!;
    const surname = tokens[tokens.length - 1]!;
    const home =
      clusters.find(
        (k) => nearlyEqual(k.surname, surname) && (!k.first || compatibleFirst(k.first, first)),
      ) ?? clusters.find((k) => k.members.some((m) => sameLongName(personTokens(m), tokens)));
    if (home) {
      home.members.push(c);
      if (!home.first || (home.first.length <= 2 && first.length > 2)) home.first = first;
    } else clusters.push({ first, surname, members: [c], lastSeen: c.span.start });
  }
  for (const c of bare) {
    const surname = personTokens(c)[0] ?? normalizeName(c.name);
    let matches = clusters.filter((k) => nearlyEqual(k.surname, surname));
    // "Prabowo", "Lula": a single name met inside one full name only ("Prabowo Subianto", "Lula da Silva")
    if (!matches.length) {
      const inner = clusters.filter((k) =>
        k.members.some((m) => personTokens(m).slice(0, -1).includes(surname)),
      );
      if (inner.length === 1) matches = inner;
    }
    const before = matches.filter((k) => k.members.some((m) => m.span.start <= c.span.start));
    const pick = (before.length ? before : matches).sort((a, b) => latest(b, c) - latest(a, c))[0];
    if (pick) pick.members.push(c);
    else clusters.push({ surname, members: [c], lastSeen: c.span.start });
  }
  return clusters.map((k) => k.members.sort((a, b) => a.span.start - b.span.start));
}

/**
 * Two full names of one person that the surname rule misses: one a shortening of the other at its end
 * ("Mohammed ben Zayed" in "Mohammed ben Zayed Al Nahyane"), or long names one typo apart
 * ("Luis Inacio Lula da Silva", "Luiz Inácio Lula da Silva").
 */
function sameLongName(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && short.every((t, i) => t === long[i])) return true;
  return short.length >= 3 && short.length === long.length && nearlyEqual(a.join(' '), b.join(' '));
}

const latest = (k: PersonCluster, c: Candidate) =>
  Math.max(-1, ...k.members.filter((m) => m.span.start <= c.span.start).map((m) => m.span.start));

// "V." matches Vladimir; "Alexandre" matches "Alexander" through transliteration folding.
function compatibleFirst(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return nearlyEqual(a, b);
}

const HONORIFICS = new Set([
  'mr',
  'm',
  'mme',
  'monsieur',
  'madame',
  'president',
  'presidente',
  'mrs',
  'ms',
  'dr',
]);
// A form of address ("Vladimir Vladimirovitch") carries the full name it stands for as its canonical.
const personTokens = (c: Candidate) => tokensOf(c.canonical ?? c.name).filter((t) => !HONORIFICS.has(t));
