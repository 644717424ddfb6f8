import type { EventKind } from '../model/index.js';

// Several words, one meaning: checked first, whatever their place in the title
// ("Entretien téléphonique" is a call before "entretien" makes it a meeting).
const PHRASES: [EventKind, RegExp][] = [
  [
    'call',
    /(?:conversation|entretien|appel|communication|échange)s?\s+t[ée]l[ée]phoniques?|\bau\s+t[ée]l[ée]phone\b/iu,
  ],
  [
    'press_conference',
    /conf[ée]rence\s+de\s+presse|d[ée]clarations?\s+(?:conjointes?\s+)?(?:[àa]\s+la\s+presse|aux\s+m[ée]dias)|point\s+de\s+presse|briefing|r[ée]ponses?\s+aux\s+questions\s+des\s+journalistes|approche\s+de\s+presse/iu,
  ],
  // "Message à l’Assemblée fédérale" is an address, not a greeting.
  ['statement', /message\s+(?:annuel\s+)?(?:[àa]\s+l[’']Assembl[ée]e|au\s+Parlement)/iu],
];

// One word each: the earliest in the title wins ("Réunion sur la préparation de la visite" is a meeting,
// "Visite de travail et réunion avec les ouvriers" a visit).
const WORDS: [EventKind, RegExp][] = [
  ['talks', /(?<!\p{L})(?:pourparlers|n[ée]gociations)(?!\p{L})/iu],
  [
    'ceremony',
    /c[ée]r[ée]monie|(?<!\p{L})(?:remise|remet|d[ée]coration|investiture|prestation\s+de\s+serment|d[ée]p[ôo]t\s+de\s+gerbes?)(?!\p{L})/iu,
  ],
  ['decree', /(?<!\p{L})(?:d[ée]crets?|oukase|signe\s+(?:la\s+)?loi|lois?\s+f[ée]d[ée]rales?)(?!\p{L})/iu],
  [
    'greeting',
    /(?<!\p{L})(?:messages?|f[ée]licitations?|f[ée]licite|condol[ée]ances|v[œo]eux|t[ée]l[ée]grammes?|salutations?|hommage)(?!\p{L})/iu,
  ],
  ['visit', /(?<!\p{L})(?:visites?|se\s+rend|voyage|d[ée]placement|tourn[ée]e)(?!\p{L})/iu],
  [
    'meeting',
    /(?<!\p{L})(?:rencontres?|r[ée]unions?|entretiens?|s[ée]ance|session|conseil|commission|conf[ée]rence|forum|sommet|congr[èe]s|meeting)(?!\p{L})/iu,
  ],
  [
    'statement',
    /(?<!\p{L})(?:d[ée]claration|allocution|adresse|discours|interview|communiqu[ée]|appel)(?!\p{L})/iu,
  ],
];

/** The event kind named by a heading's title ("Pourparlers russo-bilarusiens" → talks). */
export function eventKind(title: string): EventKind {
  for (const [kind, re] of PHRASES) if (re.test(title)) return kind;
  let best: { kind: EventKind; at: number } | null = null;
  for (const [kind, re] of WORDS) {
    const at = re.exec(title)?.index;
    if (at !== undefined && (!best || at < best.at)) best = { kind, at };
  }
  return best?.kind ?? 'other';
}
