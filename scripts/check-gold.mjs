#!/usr/bin/env node
// Sanity checks for hand-made gold files (fixtures/gold/*.gold.json) against their documents.
// Usage: node scripts/check-gold.mjs [GOLD.json …]   (default: every gold file in fixtures/gold)
// Errors (exit 1): bad JSON, duplicate keys, dangling relation endpoints, endpoint types the
// contract does not allow, raw figure texts/titles/urls/places that do not occur in the text, an
// entity none of whose names occurs. Warnings: one alias absent or found only case-insensitively,
// an entity listed for an event whose text does not name it, a figure without its STATED/MEASURES.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const goldDir = join(root, 'fixtures', 'gold');
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(goldDir)
      .filter((f) => f.endsWith('.gold.json'))
      .map((f) => join(goldDir, f));

// Endpoint types per relation, as shared/spec/EXTRACTION.md's relation table states them.
const ANY = null;
const RELATION_ENDS = {
  HELD_IN: [['Event'], ['Region']],
  PARTICIPATED_IN: [['Person'], ['Event']],
  MENTIONED_IN: [ANY, ['Event']],
  HOLDS_POSITION: [['Person'], ['Region', 'Organization', 'MilitaryUnit']],
  PART_OF: [
    ['MilitaryUnit', 'Region', 'Organization'],
    ['MilitaryUnit', 'Organization', 'Region'],
  ],
  LOCATED_IN: [['Organization'], ['Region']],
  OPERATED_IN: [['MilitaryUnit'], ['Region']],
  STATED: [['Person'], ['Figure']],
  MEASURES: [['Figure'], ['Region', 'Organization', 'MilitaryUnit', 'Agreement']],
  SIGNED: [['Person'], ['Agreement']],
  PARTY_TO: [['Region', 'Organization'], ['Agreement']],
  PARTNER_OF: [['Region'], ['Region']],
  ASKED: [['Person'], ['Person']],
};
const fold = (s) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

let errorCount = 0;
for (const file of files) {
  const errors = [];
  const warnings = [];
  let gold;
  try {
    gold = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.log(`✗ ${file}: JSON does not parse: ${e.message}`);
    errorCount++;
    continue;
  }
  const docPath = join(root, 'fixtures', gold.document ?? '');
  if (!existsSync(docPath)) {
    console.log(`✗ ${file}: document ${gold.document} not found in fixtures/`);
    errorCount++;
    continue;
  }
  const text = readFileSync(docPath, 'utf8');
  const folded = fold(text);
  const occurs = (s, where) => {
    if (!s) return;
    if (text.includes(s)) return;
    if (folded.includes(fold(s))) warnings.push(`${where}: "${s}" occurs only case/accent-insensitively`);
    else errors.push(`${where}: "${s}" does not occur in the text`);
  };

  const byKey = new Map();
  const events = gold.events ?? [];
  for (const e of [...events.map((x) => ({ ...x, type: 'Event' })), ...gold.entities]) {
    if (byKey.has(e.key)) errors.push(`duplicate key ${e.key}`);
    byKey.set(e.key, e);
  }

  // Event spans: from its heading to the next event's heading (index lines excluded).
  const spans = eventSpans(text, events);
  for (const e of events) {
    occurs(e.title, `event ${e.key} title`);
    if (e.url) occurs(e.url, `event ${e.key} url`);
    if (e.place) occurs(e.place, `event ${e.key} place`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date ?? '')) errors.push(`event ${e.key}: date ${e.date} is not ISO`);
    if (e.time && !/^\d{2}:\d{2}$/.test(e.time)) errors.push(`event ${e.key}: time ${e.time} is not HH:MM`);
    if (!spans.has(e.key)) errors.push(`event ${e.key}: heading not found after the previous event`);
  }

  for (const e of gold.entities) {
    const where = `${e.type} ${e.key}`;
    for (const ev of e.events ?? []) if (!byKey.has(ev)) errors.push(`${where}: unknown event ${ev}`);
    if (e.type === 'Figure') {
      occurs(e.raw, `${where} raw`);
      if (!Number.isFinite(e.value)) errors.push(`${where}: value is not a number`);
      if (!['level', 'increase', 'decrease'].includes(e.direction))
        errors.push(`${where}: direction ${e.direction}`);
      for (const k of ['about', 'stated_by', 'event'])
        if (e[k] && !byKey.has(e[k])) errors.push(`${where}: ${k} ${e[k]} is not a key`);
      const span = spans.get(e.event);
      if (span && e.raw && !fold(text.slice(span[0], span[1])).includes(fold(e.raw)))
        warnings.push(`${where}: raw "${e.raw}" not inside event ${e.event}`);
      continue;
    }
    const names = [e.name, ...(e.aliases ?? [])];
    // A canonical form absent from the text ("Uralkali" beside the text's "Ualkali") only widens
    // matching, so it is a warning; an entity none of whose names occurs is an error.
    const absent = names.filter((n) => !folded.includes(fold(n)));
    // An Agreement also matches on a 60% word overlap, so an elliptical title
    // ("accords intergouvernementaux … et sur l’égalité des droits") is only a warning.
    const report = e.type === 'Agreement' ? warnings : errors;
    if (absent.length === names.length) report.push(`${where}: none of its names occurs in the text`);
    else absent.forEach((n) => warnings.push(`${where}: "${n}" does not occur in the text`));
    names.filter((n) => !absent.includes(n)).forEach((n) => occurs(n, `${where} name/alias`));
    for (const ev of e.events ?? []) {
      const span = spans.get(ev);
      if (!span) continue;
      const part = fold(text.slice(span[0], span[1]));
      if (!names.some((n) => part.includes(fold(n))))
        warnings.push(`${where}: no name of it inside event ${ev}`);
    }
  }

  const relKeys = new Set();
  for (const r of gold.relations ?? []) {
    const where = `${r.type} ${r.source}→${r.target}`;
    const ends = RELATION_ENDS[r.type];
    if (!ends) {
      errors.push(`${where}: unknown relation type`);
      continue;
    }
    const s = byKey.get(r.source);
    const t = byKey.get(r.target);
    if (!s) errors.push(`${where}: source is not a key`);
    if (!t) errors.push(`${where}: target is not a key`);
    if (s && ends[0] && !ends[0].includes(s.type)) errors.push(`${where}: source type ${s.type} not allowed`);
    if (t && ends[1] && !ends[1].includes(t.type)) errors.push(`${where}: target type ${t.type} not allowed`);
    if (r.event && !byKey.has(r.event)) errors.push(`${where}: event ${r.event} is not a key`);
    const k = `${r.type}|${r.source}|${r.target}`;
    if (relKeys.has(k)) warnings.push(`${where}: listed twice`);
    relKeys.add(k);
  }
  for (const f of gold.entities.filter((e) => e.type === 'Figure')) {
    if (f.stated_by && !relKeys.has(`STATED|${f.stated_by}|${f.key}`))
      warnings.push(`Figure ${f.key}: no STATED relation`);
    if (f.about && !relKeys.has(`MEASURES|${f.key}|${f.about}`))
      warnings.push(`Figure ${f.key}: no MEASURES relation`);
  }

  const counts = {};
  for (const e of [...events.map(() => ({ type: 'Event' })), ...gold.entities])
    counts[e.type] = (counts[e.type] ?? 0) + 1;
  const summary = Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  console.log(
    `${errors.length ? '✗' : '✓'} ${gold.document}: ${summary}; relations ${gold.relations?.length ?? 0}; ${text.length} chars`,
  );
  for (const m of errors) console.log(`  error: ${m}`);
  for (const m of warnings) console.log(`  warn:  ${m}`);
  errorCount += errors.length;
}
process.exit(errorCount ? 1 : 0);

/** Each event's [start, end) in the text: its heading follows the previous event's heading. */
function eventSpans(text, events) {
  const starts = [];
  let from = 0;
  for (const [i, e] of events.entries()) {
    if (!e.title) break;
    const at = i === 0 ? firstHeading(text, e.title, events[1]?.title) : text.indexOf(e.title, from);
    if (at === -1) break;
    starts.push([e.key, at]);
    from = at + e.title.length;
  }
  const spans = new Map();
  starts.forEach(([key, at], i) => spans.set(key, [at, starts[i + 1]?.[1] ?? text.length]));
  return spans;
}

/** With an index at the top, event 1's heading is its title's last occurrence still followed by event 2's title. */
function firstHeading(text, title, nextTitle) {
  let at = -1;
  for (let j = text.indexOf(title); j !== -1; j = text.indexOf(title, j + 1)) {
    if (nextTitle && text.indexOf(nextTitle, j + title.length) === -1) break;
    at = j;
  }
  return at;
}
