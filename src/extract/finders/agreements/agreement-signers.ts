import type { ParsedDocument, Span } from '../../../model/index.js';
import { splitSentences } from '../../core/sentences.js';
import type { Candidate, RelationCandidate } from '../../core/types.js';
import { createSpanSearch } from '../../core/span-search.js';

// "ont signé", "a également signé", "signent", "signed"; not the passive "documents signés".
const ACTIVE =
  /(?:^|\s)(?:ont|a|avaient|avait|vont|va|viennent\s+de|vient\s+de|have|has)\s+(?:(?!été|été|been)\p{L}+\s+)?sign(?:é|er|ed)(?!\p{L})|(?:^|\s)sign(?:ent|èrent|eront)(?!\p{L})|(?:^|\s)(?:they|leaders)\s+signed(?!\p{L})/iu;
// "a été signé par …", "la signature de … par …": the signers follow "par".
const BY = /sign(?:é|ée|és|ées|ature)(?!\p{L})[^.]*?\s(?:par|by)\s/iu;
// "Ils ont signé …", "Les dirigeants ont signé …": the signers were named before.
const PRONOUN_SUBJECT =
  /(?:^|\s)(?:ils|elles|les\s+(?:deux\s+)?(?:dirigeants|présidents|chefs\s+d[’']État|leaders|parties)|they|the\s+(?:two\s+)?leaders)\s/iu;

const BOTH_LEADERS =
  /^(?:les|the)\s+(?:deux\s+|two\s+)?(?:présidents|dirigeants|chefs\s+d[’']État|leaders|presidents)(?![\p{L}])/iu;

const inside = (c: Candidate, s: Span) => c.span.start >= s.start && c.span.end <= s.end;

/** SIGNED: the people who sign, with the acts they sign (nested acts are signed through their container). */
export function findSigners(doc: ParsedDocument, found: readonly Candidate[]): RelationCandidate[] {
  const people = found.filter((c) => c.type === 'Person');
  const acts = found.filter((c) => c.type === 'Agreement');
  const topLevel = acts.filter(
    (a) =>
      !acts.some(
        (o) => o !== a && inside(a, o.span) && o.span.end - o.span.start > a.span.end - a.span.start,
      ),
  );
  const peopleIn = createSpanSearch(people);
  const actsIn = createSpanSearch(topLevel);
  const out: RelationCandidate[] = [];
  for (const event of doc.events) {
    let lastSigners = event.paragraphs.filter((q) => q.kind === 'lead').flatMap(peopleIn);
    event.paragraphs.forEach((paragraph, k) => {
      if (!/sign/iu.test(paragraph.text)) return;
      const sentences = splitSentences(doc.text, paragraph.start, paragraph.end);
      sentences.forEach((s, i) => {
        const text = doc.text.slice(s.start, s.end);
        const active = ACTIVE.exec(text);
        const by = active ? null : BY.exec(text);
        if (!active && !by) return;
        const pivot = s.start + (active ?? by)!.index + (active ?? by)![0].length;
        let signers = peopleIn(s).filter((p) => (active ? p.span.end <= pivot : p.span.start >= pivot));
        if (signers.length === 0 && by) signers = holderOf(doc.text.slice(pivot, s.end), people, event.index);
        // "… signé par les deux présidents le 7 mai": the leaders the event named
        if (signers.length === 0 && by && BOTH_LEADERS.test(doc.text.slice(pivot, s.end)))
          signers = lastSigners;
        if (signers.length === 0 && active && PRONOUN_SUBJECT.test(text.slice(0, active.index + 1)))
          signers = lastSigners;
        if (signers.length === 0) return;
        lastSigners = signers;
        const objects = actsIn(s).filter((a) => (active ? a.span.start >= pivot : a.span.end <= pivot));
        // "Ils ont signé l’accord …;" and the list goes on in the next paragraph: "Le protocole …".
        if (active && i === sentences.length - 1 && /[;:]\s*$/.test(text)) {
          const next = event.paragraphs[k + 1];
          if (next) objects.push(...actsIn(next));
        }
        for (const person of signers) {
          for (const act of objects) {
            out.push({
              type: 'SIGNED',
              source: { candidate: person },
              target: { candidate: act },
              evidence: s,
            });
          }
        }
      });
    });
  }
  return out;
}

// "… a été signé le 12 février 2025 par le gouverneur": the person of the event who holds that title.
const TITLE_AFTER_BY = /^(?:le|la|l[’'])\s*(\p{Ll}[\p{L}-]+)/u;

function holderOf(after: string, people: readonly Candidate[], event: number): Candidate[] {
  const title = TITLE_AFTER_BY.exec(after)?.[1];
  if (!title) return [];
  const holder = people.find(
    (p) =>
      p.event === event &&
      (p.properties?.titles as string[] | undefined)?.some((t) => t.toLowerCase().startsWith(title)),
  );
  return holder ? [holder] : [];
}
