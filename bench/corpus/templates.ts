import { frenchSpelling, ofPhrase, type Gazetteers } from './gazetteers.js';
import type { Random } from './random.js';

export interface Person {
  first: string;
  last: string;
}

export interface GeneratedEvent {
  title: string;
  kind: string;
  body: string[];
}

export interface World {
  g: Gazetteers;
  people: Person[];
  rng: Random;
}

const full = (p: Person) => `${p.first} ${p.last}`;
// The series spells one person several ways: full name, French transliteration, "M. Surname".
function spell(w: World, p: Person): string {
  const r = w.rng.next();
  if (r < 0.6) return full(p);
  if (r < 0.8) return `${p.first} ${frenchSpelling(p.last)}`;
  return `M. ${p.last}`;
}

const DOMAINS = [
  'de l’énergie',
  'des transports',
  'de l’éducation',
  'de la santé',
  'de l’agriculture',
  'de la culture',
  'du commerce',
];
const ORDINAL = (n: number) =>
  `${n}${n === 1 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
const governorOf = (w: World, i: number) => w.people[i % w.people.length]!;
const president: Person = { first: 'Vladimir', last: 'Poutine' };

export function governorMeeting(w: World): GeneratedEvent {
  const { rng, g } = w;
  const s = rng.int(0, g.subjects.length - 1);
  const subject = g.subjects[s]!;
  const gov = governorOf(w, s);
  const company = rng.pick(g.companies);
  const year = rng.int(2019, 2025);
  return {
    title: `Rencontre avec le gouverneur ${ofPhrase(subject.name)} ${full(gov)}`,
    kind: 'meeting',
    body: [
      `La discussion s’est concentrée sur la situation socioéconomique de la région, l’éducation et la production industrielle.`,
      subject.name,
      `${spell(w, gov)} a informé le président du développement de la région au cours des cinq dernières années.`,
      `Le gouverneur a noté que le produit régional brut a augmenté de ${rng.int(2, 19)}% en ${year} et que ${rng.int(10, 90)} écoles ont été construites.`,
      `${company} met en œuvre un projet d’investissement dans la région${subject.capital ? `, près de la ville de ${subject.capital}` : ''}.`,
      `L’investissement dans les immobilisations a atteint ${rng.int(20, 400)} milliards de roubles, soit ${rng.int(101, 130)},${rng.int(1, 9)}% du niveau de ${year - 1}.`,
      `Vladimir Poutine : Comment évolue la situation du logement ?`,
      `${full(gov)} : ${rng.int(1, 9)},${rng.int(1, 9)} millions de m² de logements ont été construits, Monsieur le Président.`,
    ],
  };
}

export function militaryVisit(w: World): GeneratedEvent {
  const { rng } = w;
  const chief = governorOf(w, 500 + rng.int(0, 20));
  const division = rng.int(2, 150);
  const units = Array.from({ length: rng.int(2, 5) }, () => {
    const n = rng.int(1, 1300);
    return rng.chance(0.5)
      ? `- the ${ORDINAL(n)} Guards Motorised Rifle Regiment of the ${ORDINAL(division)} Motorised Rifle Division,`
      : `- the ${ORDINAL(n)} Guards Separate Marine Brigade of the Pacific Fleet,`;
  });
  const region = rng.pick(w.g.subjects).name;
  return {
    title: `Visite d’un poste de commandement du groupe de forces dans ${region}`,
    kind: 'visit',
    body: [
      `Vladimir Poutine a visité un poste de commandement et a entendu le rapport du chef d’état-major général ${full(chief)}.`,
      `${spell(w, chief)} a indiqué que les unités opèrent dans ${region} et que ${rng.int(100, 1500)} km² ont été libérés.`,
      `Vladimir Poutine : Je voudrais remercier :`,
      ...units,
      `qui agissent efficacement.`,
    ],
  };
}

export function talks(w: World): GeneratedEvent {
  const { rng, g } = w;
  const c = rng.int(0, g.countries.length - 1);
  const country = g.countries[c]!;
  const leader = governorOf(w, 1000 + c);
  const domain = rng.pick(DOMAINS);
  return {
    title: `Pourparlers avec le président ${country.of} ${full(leader)}`,
    kind: 'talks',
    body: [
      `Vladimir Poutine a eu des pourparlers au Kremlin avec le président ${country.of} ${full(leader)}.`,
      `À l’issue des pourparlers, un accord de coopération dans le domaine ${domain} a été signé par ${spell(w, leader)} et Vladimir Poutine.`,
      `Le commerce entre la Russie et ${country.name} a augmenté de ${rng.int(3, 40)}% l’année dernière.`,
      `Vladimir Poutine : Cher Monsieur le Président, chers amis, je suis heureux de vous accueillir à Moscou.`,
      `${full(leader)} : Merci, Monsieur le Président.${country.capital ? ` Nous vous attendons à ${country.capital}.` : ''}`,
    ],
  };
}

export function pressConference(w: World): GeneratedEvent {
  const { rng, g } = w;
  const journalist = governorOf(w, 1500 + rng.int(0, 200));
  const media = rng.pick(g.media);
  return {
    title: `Conférence de presse à l’issue de la réunion du Conseil d’État`,
    kind: 'press_conference',
    body: [
      `Vladimir Poutine a répondu aux questions des journalistes.`,
      `Question : ${full(journalist)}, ${media}.`,
      `Monsieur le Président, que pensez-vous de la situation économique ?`,
      `Vladimir Poutine : L’inflation a baissé à ${rng.int(4, 9)},${rng.int(1, 9)}% et le chômage reste à ${rng.int(2, 4)},${rng.int(1, 9)}%.`,
    ],
  };
}

export const TEMPLATES = [governorMeeting, governorMeeting, militaryVisit, talks, pressConference];
export { president };
