import type { EventKind } from '../model/index.js';

// Checked in order: "Conférence de presse … après les pourparlers" is a press conference, and
// "entretien téléphonique" a call before "entretien" makes it a meeting.
const RULES: [EventKind, RegExp][] = [
  ['call', /\b(?:conversation|entretien|appel|communication|échange)s?\s+t[ée]l[ée]phoniques?|\bau t[ée]l[ée]phone\b|\bt[ée]l[ée]phon/iu],
  ['press_conference', /conf[ée]rence\s+de\s+presse|d[ée]clarations?\s+(?:[àa]\s+la\s+presse|aux\s+m[ée]dias|conjointes?\s+(?:[àa]\s+la\s+presse|aux\s+m[ée]dias))|point\s+de\s+presse|briefing|r[ée]ponses?\s+aux\s+questions\s+des\s+journalistes|approche\s+de\s+presse/iu],
  ['talks', /\b(?:pourparlers|n[ée]gociations)\b/iu],
  ['ceremony', /c[ée]r[ée]monie|\bremise\b|\bremet\b|d[ée]coration|\bprestation\s+de\s+serment|\binvestiture\b|\bd[ée]p[ôo]t\s+de\s+gerbe/iu],
  ['decree', /\bd[ée]crets?\b|\boukase\b|\bsigne\s+(?:la\s+)?loi|\bsignature\s+d[’']une\s+loi|\blois?\s+f[ée]d[ée]rales?\b/iu],
  ['greeting', /\bmessages?\b|f[ée]licitations?|\bf[ée]licite|condol[ée]ances|\bv[œo]eux\b|\bt[ée]l[ée]gramme|\bsalutations?\b|\bhommage\b/iu],
  ['visit', /\bvisites?\b|\bvisite\b|\bse\s+rend\b|\bvoyage\b|\bd[ée]placement\b|\btourn[ée]e\b/iu],
  ['meeting', /\brencontres?\b|\br[ée]unions?\b|\bentretiens?\b|\bs[ée]ance\b|\bsession\b|\bconseil\b|\bcommission\b|\bconf[ée]rence\b|\bforum\b|\bsommet\b|\bcongr[èe]s\b|\bmeeting\b/iu],
  ['statement', /\bd[ée]claration\b|\ballocution\b|\badresse\b|\bdiscours\b|\binterview\b|\bcommuniqu[ée]\b|\bappel\b/iu],
];

/** The event kind named by a heading's title ("Pourparlers russo-bilarusiens" → talks). */
export function eventKind(title: string): EventKind {
  for (const [kind, re] of RULES) if (re.test(title)) return kind;
  return 'other';
}
