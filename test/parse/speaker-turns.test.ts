import { describe, expect, test } from 'vitest';
import { parseSpeakerTurn } from '../../src/parse/speaker-turns.js';

const read = (line: string, known?: Set<string>) => {
  const t = parseSpeakerTurn(line, known);
  if (!t) return null;
  return {
    title: t.title ? line.slice(t.title.start, t.title.end) : undefined,
    name: line.slice(t.name.start, t.name.end),
    body: t.body ? line.slice(t.body.start, t.body.end) : undefined,
  };
};

// Every colon line of the seed (grep -n '^[^:]*:'), plus the variants the series uses.
const POSITIVES: [string, string | undefined, string, string | undefined][] = [
  // A title in comma-separated parts, each opening with a post or a rank.
  [
    'Commandant de la flotte du Nord, amiral Alexandre Moïsseïev : Camarade Commandant suprême,',
    'Commandant de la flotte du Nord, amiral',
    'Alexandre Moïsseïev',
    'Camarade Commandant suprême,',
  ],
  [
    'Ministre des Situations d’urgence, général Alexandre Kourenkov: Les travaux continuent.',
    'Ministre des Situations d’urgence, général',
    'Alexandre Kourenkov',
    'Les travaux continuent.',
  ],
  [
    'Chef d’état-major général des forces armées de la Russie – Premier vice-ministre de la Défense Valery Gerasimov: camarade Suprême commandant en chef,',
    'Chef d’état-major général des forces armées de la Russie – Premier vice-ministre de la Défense',
    'Valery Gerasimov',
    'camarade Suprême commandant en chef,',
  ],
  [
    'Président de la Russie Vladimir Poutine: En parlant de cela',
    'Président de la Russie',
    'Vladimir Poutine',
    'En parlant de cela',
  ],
  [
    'Président de la République du Bélarus Alexander Lukashenko: Mr. Poutine, merci beaucoup.',
    'Président de la République du Bélarus',
    'Alexander Lukashenko',
    'Mr. Poutine, merci beaucoup.',
  ],
  [
    'Vladimir Poutine: Demain sera également une journée bien remplie',
    undefined,
    'Vladimir Poutine',
    'Demain sera également une journée bien remplie',
  ],
  [
    'Natalya Breus: Bonjour. Natalya Breus, la première chaîne d’information, le Bélarus.',
    undefined,
    'Natalya Breus',
    'Bonjour. Natalya Breus, la première chaîne d’information, le Bélarus.',
  ],
  [
    'Alexandre Lukashenko: Le président de la Russie a dit un jour:… (Je cherche)',
    undefined,
    'Alexandre Lukashenko',
    'Le président de la Russie a dit un jour:… (Je cherche)',
  ],
  ['Olga Knyazeva: Bonjour.', undefined, 'Olga Knyazeva', 'Bonjour.'],
  [
    'Ilya Yezhov: Bonjour…. Ilya Yezhov, Ria Novosti.',
    undefined,
    'Ilya Yezhov',
    'Bonjour…. Ilya Yezhov, Ria Novosti.',
  ],
  // Variants: space (or no-break space) before the colon, initials, a lower-case title, three-word names.
  ['Vladimir Poutine : Merci.', undefined, 'Vladimir Poutine', 'Merci.'],
  ['Vladimir Poutine\u00a0: Merci.', undefined, 'Vladimir Poutine', 'Merci.'],
  ['V. Poutine: Bonjour à tous.', undefined, 'V. Poutine', 'Bonjour à tous.'],
  ['A. Lukashenko: Merci.', undefined, 'A. Lukashenko', 'Merci.'],
  [
    'Ministre des Affaires étrangères Sergueï Lavrov: Nous avons discuté.',
    'Ministre des Affaires étrangères',
    'Sergueï Lavrov',
    'Nous avons discuté.',
  ],
  [
    'Gouverneur de la région de Belgorod Viatcheslav Gladkov : Bonjour.',
    'Gouverneur de la région de Belgorod',
    'Viatcheslav Gladkov',
    'Bonjour.',
  ],
  [
    'Présidente de la Commission électorale centrale Ella Pamfilova: Merci.',
    'Présidente de la Commission électorale centrale',
    'Ella Pamfilova',
    'Merci.',
  ],
  [
    'Le président du Kazakhstan Kassym-Jomart Tokayev: Cher Vladimir Vladimirovitch,',
    'Le président du Kazakhstan',
    'Kassym-Jomart Tokayev',
    'Cher Vladimir Vladimirovitch,',
  ],
  ['Ramzan Akhmatovich Kadyrov: Merci.', undefined, 'Ramzan Akhmatovich Kadyrov', 'Merci.'],
  ['Boris Gryzlov [ambassadeur]: Bonjour.', undefined, 'Boris Gryzlov', 'Bonjour.'],
  ['Ursula von der Leyen: Thank you.', undefined, 'Ursula von der Leyen', 'Thank you.'],
  ['Dmitry Peskov:', undefined, 'Dmitry Peskov', undefined],
  [
    'Vladimir Poutine, président de la Russie : Merci.',
    'président de la Russie',
    'Vladimir Poutine',
    'Merci.',
  ],
  [
    'Valery Gerasimov, chef d’état-major général: Camarade commandant en chef,',
    'chef d’état-major général',
    'Valery Gerasimov',
    'Camarade commandant en chef,',
  ],
];

// Prose with a colon: the six seed lines that are not turns, and look-alikes.
const NEGATIVES = [
  'Président, je voudrais dire une chose: merci',
  'Gouverneur de la région, il a ajouté: oui',
  'De plus, des efforts sont faits pour lutter contre les incendies: 97% des incendies de forêt sont éteints',
  'Le gouverneur a également développé la substitution d’importation, mentionnant spécifiquement deux produits complexes: dans la construction navale',
  'Imaginez: près de 2 000 km.',
  'Parallèlement, j’ai également parlé et exhorté Vladimir Zelensky: «Ne cherchez pas les coupables maintenant',
  'Ainsi, pour répondre directement à votre question: les Ukrainiens auraient dû cesser',
  'Je dis: « Écoutez, aujourd’hui, vous avez la hryvnia ukrainienne',
  'Lors de la réunion, les participants ont examiné les points suivants :',
  'Le président a déclaré à Vladimir Poutine: merci',
  'Qui comprend: les unités suivantes',
  'Ordre du jour : questions budgétaires',
  'Monsieur le Président: merci.',
  'Question : Quand aura lieu la réunion ?',
  '13 mars 2025 à 16:50 au Kremlin-Moscou',
  'http://en.kremlin.ru/events/president/news/76450',
  'Il y a deux options: abandonner ou mourir.',
  'Voici Vladimir Poutine: il arrive.',
  'Mr. Poutine: merci',
  'Madame Pamfilova : merci pour votre travail.',
  'M. Poutine : merci',
  'Vladimir Poutine, président de la Russie, a déclaré : merci',
  'Alexander Lukashenko, Vladimir Poutine : ils ont signé',
  'Selon Vladimir Poutine, président de la Russie: la coopération progresse',
];

describe('parseSpeakerTurn', () => {
  test.each(POSITIVES)('turn: %s', (line, title, name, body) => {
    expect(read(line)).toEqual({ title, name, body });
  });

  test.each(NEGATIVES)('not a turn: %s', (line) => {
    expect(read(line)).toBeNull();
  });

  test('a one-word speaker counts only once known by a full-name turn', () => {
    expect(read('Poutine : Merci.')).toBeNull();
    expect(read('Poutine : Merci.', new Set(['Poutine']))).toEqual({
      title: undefined,
      name: 'Poutine',
      body: 'Merci.',
    });
    expect(read('Imaginez: près de 2 000 km.', new Set(['Poutine']))).toBeNull();
  });
});
