import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the generator draws names from: the extraction lexicons (src/extract/lexicons), read once. */
export interface Gazetteers {
  firstNames: string[];
  subjects: { name: string; capital?: string }[];
  companies: string[];
  media: string[];
  countries: { name: string; of: string; capital?: string }[];
}

/** "Région de Samara" → "de la région de Samara", "Territoire de Perm" → "du territoire de Perm". */
export function ofPhrase(name: string): string {
  if (/^Région\b/.test(name)) return `de la région${name.slice(6)}`;
  if (/^Territoire\b/.test(name)) return `du territoire${name.slice(10)}`;
  if (/^République\b/.test(name)) return `de la ${name}`;
  return `de ${name}`;
}

const LEXICONS = join(import.meta.dirname, '..', '..', 'src', 'extract', 'lexicons');
const read = <T>(file: string): T => JSON.parse(readFileSync(join(LEXICONS, file), 'utf8')) as T;

export function loadGazetteers(): Gazetteers {
  const subjects = read<{ subjects: { canonical: string; capital?: string }[] }>(
    'regions-russia.json',
  ).subjects;
  const orgs = read<{ organizations: { canonical: string; kind: string }[] }>(
    'organizations.json',
  ).organizations;
  const countries = read<{ countries: { canonical: string; of?: string; capital?: string }[] }>(
    'countries.json',
  ).countries;
  return {
    // Latin-script given names of two letters or more, so that initials stay unambiguous.
    firstNames: read<string[]>('first-names.json').filter((n) => /^[A-Z][a-zé]+$/.test(n)),
    subjects: subjects.map((s) => ({ name: s.canonical, capital: s.capital })),
    companies: orgs.filter((o) => o.kind === 'company').map((o) => o.canonical),
    media: orgs.filter((o) => o.kind === 'media').map((o) => o.canonical),
    countries: countries
      .filter((c) => c.canonical !== 'Fédération de Russie')
      .map((c) => ({ name: c.canonical, of: c.of ?? `de ${c.canonical}`, capital: c.capital })),
  };
}

// Surnames are made, not listed: syllables and Russian endings give thousands of plausible names.
const ONSETS = [
  'Bel',
  'Vor',
  'Kuz',
  'Mor',
  'Sok',
  'Lav',
  'Ryab',
  'Zhur',
  'Shev',
  'Tik',
  'Grom',
  'Dub',
  'Kras',
  'Med',
  'Nik',
  'Pav',
  'Sem',
  'Fil',
  'Khar',
  'Yak',
];
const MIDDLES = ['', 'o', 'a', 'e', 'i', 'ush', 'ich', 'an', 'en', 'or'];
const ENDINGS = ['ov', 'ev', 'in', 'enko', 'sky', 'ovich', 'yuk', 'shin', 'chenko', 'nov'];

/** The index-th made-up surname: a stable function of the index. */
export function surname(index: number): string {
  const a = ONSETS[index % ONSETS.length]!;
  const b = MIDDLES[Math.floor(index / ONSETS.length) % MIDDLES.length]!;
  const c = ENDINGS[Math.floor(index / (ONSETS.length * MIDDLES.length)) % ENDINGS.length]!;
  return a + b + c;
}

/** The French transliteration of an English one, as the series mixes them: Lukashenko → Loukachenko. */
export function frenchSpelling(name: string): string {
  return name.replace(/sh/g, 'ch').replace(/zh/g, 'j').replace(/u/g, 'ou').replace(/y$/, 'i');
}
