import type { ParsedDocument } from '../../../model/index.js';
import { fuzzyCandidates } from '../places/fuzzy-candidates.js';
import { lexiconGazetteer } from '../places/gazetteer-lexicon.js';
import {
  candidateAt,
  lexiconCandidates,
  lexiconMatches,
  withoutOverlaps,
} from '../places/lexicon-candidates.js';
import { ministryCandidates, namedBodyCandidates } from './named-bodies.js';
import { organizationPatternCandidates } from './organization-patterns.js';
import type { Candidate, EntityFinder } from '../../core/types.js';
import { matchAllNotAfter } from '../../core/match-all.js';
import { SUBSIDIARY_TAIL_AFTER } from '../../core/text-windows.js';

// "la direction des opérations de l’état-major général": a department named by its function, then
// the body it belongs to. The department is its own organisation; its span stops before "de l’…"
// so that the parent keeps its own mention (PART_OF joins them, see part-of.ts).
// Not after a letter, checked by matchAllNotAfter.
const LETTER = /\p{L}/u;
const SUB_BODY =
  /(?:[Dd]irection(?:[ \u00a0]+principale)?|[Dd]épartement|[Ss]ervice|[Cc]ommandement|[Aa]dministration|[Bb]ureau|[Ss]ection)[ \u00a0]+(?:des|du|de[ \u00a0]+la|de[ \u00a0]+l['’])[ \u00a0]*\p{Ll}[\p{Ll}’'-]*(?:[ \u00a0]+\p{Ll}[\p{Ll}’'-]*){0,2}(?=[ \u00a0]+(?:de[ \u00a0]+l['’]|du|de[ \u00a0]+la|des)[ \u00a0]*)/gu;

function subBodies(doc: ParsedDocument): Candidate[] {
  const orgs = lexiconMatches(doc).filter((m) => m.entry.type === 'Organization');
  const out: Candidate[] = [];
  for (const m of matchAllNotAfter(doc.text, SUB_BODY, LETTER)) {
    const end = m.index + m[0].length;
    const rest = /^[ \u00a0]+(?:de[ \u00a0]+l['’]|du|de[ \u00a0]+la|des)[ \u00a0]*/u.exec(
      doc.text.slice(end),
    )!;
    const parent = orgs.find((o) => o.start === end + rest[0].length);
    if (!parent) continue;
    const canonical = `${m[0]}${rest[0]}${parent.entry.canonical}`.replace(/[ \u00a0]+/g, ' ');
    out.push(candidateAt(doc, 'Organization', m.index, end, String(parent.entry.properties.kind), canonical));
  }
  return out;
}

// "Ilya Yezhov, Ria Novosti." / "Natalya Breus, la première chaîne d’information, le Bélarus.":
// the parser marks the outlet; a lexicon name inside it wins, else the outlet without its article.
function outlets(doc: ParsedDocument): Candidate[] {
  const out: Candidate[] = [];
  for (const event of doc.events)
    for (const p of event.paragraphs) {
      const o = p.journalist?.outlet;
      if (!o) continue;
      const known = lexiconGazetteer()
        .match(o.text)
        .find((m) => m.entry.type === 'Organization');
      if (known) {
        out.push({
          ...candidateAt(
            doc,
            'Organization',
            o.start + known.start,
            o.start + known.end,
            'media',
            known.entry.canonical,
          ),
        });
        continue;
      }
      const cut = o.text.search(/[,.;(]|\s[–-]\s/);
      const phrase = cut === -1 ? o.text : o.text.slice(0, cut);
      const lead = /^(?:la|le|les|l['’])[ \u00a0]*/iu.exec(phrase)?.[0].length ?? 0;
      const trimmed = phrase.slice(lead).trimEnd();
      if (trimmed.length < 2) continue;
      out.push(candidateAt(doc, 'Organization', o.start + lead, o.start + lead + trimmed.length, 'media'));
    }
  return out;
}

/**
 * Organisations: companies, media, state bodies, international organisations and others, from the
 * lexicon (organizations.json), journalists' outlets, and patterns ("usine de X", "X Ship Repair
 * Center", "bureau du maire de X", "forces armées biélorusses", "direction des opérations de …").
 */
export const findOrganizations: EntityFinder = (doc) =>
  withGlosses(
    doc.text,
    withoutOverlaps([
      ...outlets(doc),
      ...subBodies(doc),
      ...organizationPatternCandidates(doc),
      ...namedBodyCandidates(doc),
      ...ministryCandidates(doc),
      ...lexiconCandidates(doc, 'Organization').map((c) => subsidiary(doc, c)),
      ...fuzzyCandidates(doc, 'Organization'),
    ]),
  );

// "le Fonds de développement industriel – the Industrial Development Fund –", "The Ufa Engine-Building
// Production Association – ODK-UMPO –": a name glossed in apposition between dashes is one body.
const GLOSS = /^[ \u00a0]*[–—-][ \u00a0]*(?:the[ \u00a0]+|la[ \u00a0]+|le[ \u00a0]+|l['’])?$/iu;
function withGlosses(text: string, orgs: Candidate[]): Candidate[] {
  for (let i = 0; i + 1 < orgs.length; i++) {
    const a = orgs[i]!;
    const b = orgs[i + 1]!;
    if (!GLOSS.test(text.slice(a.span.end, b.span.start))) continue;
    if (a.canonical && b.canonical && a.canonical !== b.canonical) continue;
    const key = a.canonical ?? b.canonical ?? a.name;
    orgs[i] = { ...a, canonical: key };
    orgs[i + 1] = { ...b, canonical: key };
  }
  return orgs;
}

// "EuroChem-Kouban", "Gazprom-Media": a subsidiary named after its parent and a place or trade is
// its own company, not the parent (nor the region in its name).
const SUBSIDIARY = /^-\p{Lu}[\p{L}]+/u;
function subsidiary(doc: ParsedDocument, c: Candidate): Candidate {
  const tail = SUBSIDIARY.exec(doc.text.slice(c.span.end, c.span.end + SUBSIDIARY_TAIL_AFTER));
  if (!tail || c.properties?.kind !== 'company') return c;
  return candidateAt(doc, 'Organization', c.span.start, c.span.end + tail[0].length, 'company');
}
