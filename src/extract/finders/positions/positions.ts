import type { Paragraph, ParsedDocument, Span, TextSpan } from '../../../model/index.js';
import { normalizeName } from '../../core/normalize-name.js';
import { headOf } from '../people/person-titles.js';
import { between, lineAround, titlesOf } from '../people/people.js';
import { countryOfPost } from './post-country.js';
import { sentenceAt } from '../../core/sentences.js';
import type { Candidate, RelationCandidate, RelationFinder } from '../../core/types.js';

const TARGET_TYPES = new Set(['Region', 'Organization', 'MilitaryUnit']);

/**
 * HOLDS_POSITION from the posts stated around each person mention ("gouverneur du territoire de Perm
 * Dmitry Makhonin" → Territoire de Perm, title "gouverneur") and from journalists' outlets
 * ("Ilya Yezhov, Ria Novosti." → Ria Novosti, title "journaliste"). The target is the first Region,
 * Organization or MilitaryUnit candidate found inside the post.
 */
export const findPositions: RelationFinder = (doc, found) => {
  const targets = found.filter((c) => TARGET_TYPES.has(c.type)).sort((a, b) => a.span.start - b.span.start);
  const out: RelationCandidate[] = [];
  const people = found.filter((c) => c.type === 'Person').sort((a, b) => a.span.start - b.span.start);
  const titles: TextSpan[][] = [];
  people.forEach((person, i) => {
    const line = between(lineAround(doc.text, person.span.start), people[i - 1]?.span, people[i + 1]?.span);
    titles[i] = titlesOf(doc.text, person.span, line);
    if (!titles[i]!.length && i > 0 && isListed(doc.text, people[i - 1]!.span, person.span)) {
      titles[i] = titles[i - 1]!.filter((t) => isPlural(doc.text, t));
    }
    out.push(...statedPosts(doc, person, titles[i]!, targets));
  });
  out.push(...outletPosts(doc, found, targets));
  return dedupe(out);
};

// "les vice-Premiers ministres Tatiana Golikova, Marat Khousnoulline et Dmitri Patrouchev": a plural post
// is held by every name of the list that follows it.
const LIST_GAP = /^\s*(?:,|et|and)\s*$/u;
const isListed = (text: string, prev: Span, next: Span) => LIST_GAP.test(text.slice(prev.end, next.start));
function isPlural(text: string, title: Span): boolean {
  const head = headOf(text, title);
  return !!head && /^(?:vice[-\s])?[\p{L}’'-]*[sx](?=\s|$)/u.test(text.slice(head.start, head.end));
}

function statedPosts(
  doc: ParsedDocument,
  person: Candidate,
  titles: readonly TextSpan[],
  targets: readonly Candidate[],
): RelationCandidate[] {
  const posts = titles.map((title) => ({
    title,
    target: targetIn(title, targets),
  }));
  // "chef d’état-major général des forces armées de la Russie – le premier vice-ministre de la Défense":
  // the second post names no country, it shares the one of the post beside it.
  const country = posts.flatMap((p) => regionsIn(p.title, targets)).at(-1);
  return posts.flatMap(({ title, target }) => {
    const to =
      target ?? (posts.length > 1 ? country : undefined) ?? countryOfPost(doc, person, title, targets);
    if (!to) return [];
    return [relation(doc, person, to, postOf(doc.text, title, target), title)];
  });
}

/** A journalist introducing themselves holds the post "journaliste" at the outlet they name. */
function outletPosts(doc: ParsedDocument, found: readonly Candidate[], targets: readonly Candidate[]) {
  const out: RelationCandidate[] = [];
  for (const event of doc.events) {
    for (const p of event.paragraphs) {
      const intro = p.journalist?.outlet ? p.journalist : selfIntroduction(doc.text, p, targets);
      if (!intro?.outlet) continue;
      const person = found.find((c) => c.type === 'Person' && c.span.start === intro.name.start);
      const outlet = targets.find((t) => t.type === 'Organization' && within(t.span, intro.outlet!));
      if (person && outlet)
        out.push(relation(doc, person, outlet, 'journaliste', { ...intro.name, end: intro.outlet.end }));
    }
  }
  return out;
}

// "Marina Koltsova : Bonjour, Marina Koltsova, agence TASS. …": a speaker who repeats their own name at
// the start of the turn, then a media outlet, introduces themselves as its journalist.
const OUTLET_AFTER_NAME = /^,\s*(?:[\p{Ll}’'-]+\s+){0,2}$/u;
const SELF_NAME_REACH = 40;

function selfIntroduction(text: string, p: Paragraph, targets: readonly Candidate[]) {
  const speaker = p.speaker?.name;
  if (!speaker || !p.body) return undefined;
  const at = text.indexOf(speaker.text, p.body.start);
  if (at < 0 || at > p.body.start + SELF_NAME_REACH || at >= p.body.end) return undefined;
  const nameEnd = at + speaker.text.length;
  const outlet = targets.find(
    (t) =>
      t.type === 'Organization' &&
      (t.properties?.kind ?? 'media') === 'media' &&
      t.span.start > nameEnd &&
      t.span.end <= p.body!.end &&
      OUTLET_AFTER_NAME.test(text.slice(nameEnd, t.span.start)),
  );
  if (!outlet) return undefined;
  return { name: { start: speaker.start, end: speaker.end }, outlet: outlet.span };
}

/** The first candidate inside the post, after its first letter (a post never names its own holder). */
function targetIn(title: Span, targets: readonly Candidate[]): Candidate | undefined {
  const inside = targets.filter((t) => t.span.start > title.start && t.span.end <= title.end);
  return inside.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)[0];
}

function regionsIn(title: Span, targets: readonly Candidate[]): Candidate[] {
  return targets.filter((t) => t.type === 'Region' && within(t.span, title));
}

/** The post without its complement: "gouverneur du territoire de Perm" → "gouverneur"; kept whole when the target is the head's own words. */
function postOf(text: string, title: TextSpan, target: Candidate | undefined): string {
  const head = headOf(text, title);
  if (!target || !head || target.span.start < head.end) return title.text;
  const post = text
    .slice(title.start, target.span.start)
    .replace(/(?:\s+(?:de|du|des|d[’']|de la|de l[’']|à|au|aux|en|of|the|la|le|l[’']))+\s*$/iu, '')
    .trim();
  return post || title.text;
}

function relation(
  doc: ParsedDocument,
  person: Candidate,
  target: Candidate,
  title: string,
  post: Span,
): RelationCandidate {
  return {
    type: 'HOLDS_POSITION',
    source: { candidate: person },
    target: { candidate: target },
    properties: { title },
    evidence: evidenceFor(doc, person.span, post),
  };
}

/** The sentence holding the name, or just "post + name" when the sentence splitter cut between them. */
function evidenceFor(doc: ParsedDocument, name: Span, post: Span): Span {
  const s = sentenceAt(doc, name.start);
  if (within(post, s) && within(name, s)) return s;
  return { start: Math.min(name.start, post.start), end: Math.max(name.end, post.end) };
}

const within = (inner: Span, outer: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

function dedupe(rels: RelationCandidate[]): RelationCandidate[] {
  const seen = new Set<string>();
  return rels.filter((r) => {
    const name = (e: RelationCandidate['source']) =>
      'candidate' in e ? normalizeName(e.candidate.name) : `#${e.event}`;
    const key = `${name(r.source)}|${name(r.target)}|${String(r.properties?.title ?? '').toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
