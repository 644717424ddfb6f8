import areas from '../../lexicons/regions-areas.json' with { type: 'json' };
import cities from '../../lexicons/cities.json' with { type: 'json' };
import countries from '../../lexicons/countries.json' with { type: 'json' };
import countryAdjectives from '../../lexicons/country-adjectives.json' with { type: 'json' };
import districts from '../../lexicons/regions-federal-districts.json' with { type: 'json' };
import organizations from '../../lexicons/organizations.json' with { type: 'json' };
import more from '../../lexicons/places-more.json' with { type: 'json' };
import russia from '../../lexicons/regions-russia.json' with { type: 'json' };
import world from '../../lexicons/regions-world.json' with { type: 'json' };
import { createGazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer.js';
import { regionForms } from './gazetteer-forms.js';
import { foldForSearch } from '../../core/normalize-name.js';

type Pair = readonly [string, GazetteerEntry];
const region = (canonical: string, kind: string, extra: Record<string, string> = {}): GazetteerEntry => ({
  type: 'Region',
  canonical,
  properties: { kind, ...extra },
});

/** Containers stated by the lexicons: city → federal subject or country, subject → federal district. */
const containers = new Map<string, string[]>();
const contain = (inner: string, ...outer: (string | undefined)[]) => {
  const list = containers.get(inner) ?? [];
  for (const o of outer) if (o && !list.includes(o)) list.push(o);
  containers.set(inner, list);
};

function build(): Pair[] {
  const full: Pair[] = [];
  const bare: Pair[] = [];
  const districtName = new Map(districts.districts.map((d) => [d.key, d.canonical]));
  const cityKeys = new Set(cities.cities.flatMap((c) => c.forms.map((f) => foldForSearch(f))));

  for (const s of russia.subjects) {
    const federalCity = s.subjectKind === 'federal_city';
    const entry = region(s.canonical, federalCity ? 'city' : 'federal_subject', {
      subjectKind: s.subjectKind,
    });
    contain(s.canonical, districtName.get(s.district));
    const forms = [...regionForms(s.subjectKind, s.stems), ...((s as { forms?: string[] }).forms ?? [])];
    for (const f of forms) full.push([f, entry]);
    // A bare stem names the capital when the capital bears it ("à Kursk"), else the subject ("Tatarstan").
    const stemIs = (s as { stemIs?: string }).stemIs;
    for (const stem of s.stems) {
      if (federalCity) full.push([stem, entry]);
      else if (
        stemIs === 'region' ||
        (!stemIs && !cityKeys.has(foldForSearch(stem)) && foldForSearch(stem) !== foldForSearch(s.capital))
      )
        bare.push([
          stem,
          region(s.canonical, 'federal_subject', { subjectKind: s.subjectKind, ambiguous: 'city' }),
        ]);
      else if (!stemIs && !cityKeys.has(foldForSearch(stem)))
        bare.push([stem, region(s.capital, 'city', { ambiguous: 'federal_subject' })]);
    }
    if (!cityKeys.has(foldForSearch(s.capital))) contain(s.capital, s.canonical);
  }
  for (const o of russia.formerOkrugs) {
    const entry = region(o.canonical, 'district', { subjectKind: 'former_okrug' });
    contain(o.canonical, o.parent);
    for (const f of [...regionForms('former_okrug', o.stems), ...o.forms, ...o.stems]) full.push([f, entry]);
  }
  for (const d of districts.districts) {
    const entry = region(d.canonical, 'area', { subjectKind: 'federal_district' });
    for (const f of [...regionForms('federal_district', d.stems), ...d.forms]) full.push([f, entry]);
  }
  for (const w of world.regions) {
    const entry = region(w.canonical, 'area', { subjectKind: 'foreign_region' });
    contain(w.canonical, w.country);
    for (const f of regionForms('oblast', w.stems)) full.push([f, entry]);
  }
  for (const c of countries.countries)
    for (const f of c.forms) full.push([f, region(c.canonical, 'country')]);
  for (const a of [...areas.areas, ...more.areas]) {
    const entry = region(a.canonical, 'area');
    contain(a.canonical, (a as { parent?: string }).parent, (a as { country?: string }).country);
    for (const f of a.forms) full.push([f, entry]);
  }
  for (const s of [...areas.sites, ...more.sites]) {
    const entry = region(s.canonical, 'site');
    contain(s.canonical, s.parent);
    for (const f of s.forms) full.push([f, entry]);
  }
  for (const c of [...cities.cities, ...more.cities]) {
    const entry = region(c.canonical, 'city');
    contain(c.canonical, (c as { subject?: string }).subject, (c as { country?: string }).country);
    for (const f of c.forms) full.push([f, entry]);
  }
  for (const o of [...organizations.organizations, ...more.organizations]) {
    const props: Record<string, string> = { kind: o.kind };
    const scope = (o as { scope?: string }).scope;
    if (scope) props.scope = scope;
    const entry: GazetteerEntry = { type: 'Organization', canonical: o.canonical, properties: props };
    for (const f of o.forms) full.push([f, entry]);
  }
  // Extra forms of entries listed above ("Union économique eurasiatique"): the entry of the canonical's first form.
  const entryOf = new Map<string, GazetteerEntry>();
  for (const [, e] of full) if (!entryOf.has(e.canonical)) entryOf.set(e.canonical, e);
  for (const [canonical, forms] of Object.entries(more.forms as Record<string, string[]>)) {
    const entry = entryOf.get(canonical);
    if (entry) for (const f of forms) full.push([f, entry]);
  }
  return [...full, ...bare];
}

let cached: Gazetteer | undefined;
let pairs: Pair[] = [];

/** The gazetteer of every region and organisation lexicon (built once). */
export function lexiconGazetteer(): Gazetteer {
  if (!cached) cached = createGazetteer((pairs = build()));
  return cached;
}

/** Every (form, entry) pair of the lexicons, in priority order. */
export function lexiconPairs(): readonly Pair[] {
  lexiconGazetteer();
  return pairs;
}

/** Regions the lexicons say `canonical` lies in (subject, federal district, country). */
export function containersOf(canonical: string): readonly string[] {
  if (!cached) lexiconGazetteer();
  return containers.get(canonical) ?? [];
}

interface Country {
  canonical: string;
  forms: string[];
  of?: string;
  adjectives?: string[];
}
const COUNTRIES = countries.countries as Country[];

let adjectives: Map<string, Country> | undefined;
function adjectiveIndex(): Map<string, Country> {
  if (!adjectives) {
    adjectives = new Map();
    const more = countryAdjectives.adjectives as Record<string, string[]>;
    for (const c of COUNTRIES)
      for (const a of c.adjectives ?? more[c.canonical] ?? [])
        if (!adjectives.has(foldForSearch(a))) adjectives.set(foldForSearch(a), c);
  }
  return adjectives;
}

/** True for a demonym adjective ("biélorusse"): never a mention of the country itself. */
export function isCountryAdjective(word: string): boolean {
  return adjectiveIndex().has(foldForSearch(word));
}

/** The country an adjective names ("biélorusses" → République du Bélarus), for "forces armées biélorusses". */
export function countryOfAdjective(adjective: string): Country | undefined {
  return adjectiveIndex().get(foldForSearch(adjective));
}

/** The lexicon entry of a country named by `name` ("la Russie", "Ukraine"), if any. */
export function countryNamed(name: string): Country | undefined {
  const entry = lexiconGazetteer().lookup(name.replace(/^(?:la|le|l['’])\s*/i, '').trim());
  return entry?.properties.kind === 'country'
    ? COUNTRIES.find((c) => c.canonical === entry.canonical)
    : undefined;
}
