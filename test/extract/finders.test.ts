import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { selectCandidates } from '../../src/extract/assemble/select-candidates.js';
import type { Endpoint } from '../../src/extract/core/types.js';
import { ENTITY_FINDERS, FIGURE_FINDER, RELATION_FINDERS } from '../../src/extract/finders.js';
import { parse } from '../../src/parse/index.js';

// The registry's declarations checked against what each finder does on every fixture: a finder that
// starts emitting or reading a type its entry does not declare fails here.
const FOLDERS = ['fixtures', 'fixtures/parse'];
const docs = FOLDERS.flatMap((folder) =>
  readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(folder, f)),
).map((path) => parse(readFileSync(path, 'utf8'), { path }));
// Finders that read only the frames of a combat report about villages no lexicon holds get a short
// report of their own: the fixtures name only known towns.
docs.push(
  parse(
    [
      '1°/Réunion sur la situation au front — 3 mars 2025 à 15H00 au Kremlin-Moscou',
      '',
      '1°/Réunion sur la situation au front — 3 mars 2025 à 15H00 au Kremlin-Moscou',
      'Les troupes du groupe de forces Centre avancent en direction de Staraïa Kroutovka.',
      '',
    ].join('\n'),
    { path: 'front-report.txt' },
  ),
);

const emitted = new Map<string, Set<string>>();
const read = new Map<string, Set<string>>();
const note = (map: Map<string, Set<string>>, name: string, type: string) => {
  if (!map.has(name)) map.set(name, new Set());
  map.get(name)!.add(type);
};
const readEndpoint = (name: string, e: Endpoint) => {
  if ('candidate' in e) note(read, name, e.candidate.type);
};

for (const doc of docs) {
  const proposed = ENTITY_FINDERS.flatMap((f) =>
    f.find(doc).map((c) => {
      note(emitted, f.name, c.type);
      return c;
    }),
  );
  const { kept } = selectCandidates(proposed);
  for (const f of RELATION_FINDERS)
    for (const r of f.find(doc, kept)) {
      note(emitted, f.name, r.type);
      readEndpoint(f.name, r.source);
      readEndpoint(f.name, r.target);
    }
  const figures = FIGURE_FINDER.find(doc, kept);
  for (const c of figures.candidates) note(emitted, FIGURE_FINDER.name, c.type);
  for (const r of figures.relations) {
    note(emitted, FIGURE_FINDER.name, r.type);
    readEndpoint(FIGURE_FINDER.name, r.source);
    readEndpoint(FIGURE_FINDER.name, r.target);
  }
}

const all = [...ENTITY_FINDERS, ...RELATION_FINDERS, FIGURE_FINDER];
const linking = [...RELATION_FINDERS, FIGURE_FINDER];

describe('finder registry', () => {
  test('names each finder once', () => {
    const names = all.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });

  test.each(all.map((f) => [f.name, f] as const))(
    '%s emits on the fixtures exactly what it declares',
    (name, f) => {
      expect([...(emitted.get(name) ?? [])].sort()).toEqual([...f.emits].sort());
    },
  );

  test.each(linking.map((f) => [f.name, f] as const))(
    '%s links only candidates of types it needs',
    (name, f) => {
      const declared = new Set<string>([...f.needs, ...f.emits]);
      const undeclared = [...(read.get(name) ?? [])].filter((t) => !declared.has(t));
      expect(undeclared).toEqual([]);
    },
  );
});
