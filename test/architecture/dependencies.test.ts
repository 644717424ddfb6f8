import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The dependency rules of STYLE.md §2, checked on the real import statements of src/.
const SRC = join(import.meta.dirname, '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm;
const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => m[1]!);
const stageOf = (file: string) => relative(SRC, file).split('/')[0]!;
const targetStage = (file: string, spec: string) =>
  spec.startsWith('.')
    ? relative(SRC, join(file, '..', spec))
        .split('/')[0]!
        .replace(/\.js$/, '')
    : null;

const STAGES_WITHOUT_CROSSING = ['model', 'parse', 'extract', 'resolve'];
const DRIVER_USERS = new Set(['load', 'api', 'db', 'cli', 'pipeline.ts', 'analytics', 'export']);

describe('module dependencies', () => {
  const all = files(SRC);

  it.each(STAGES_WITHOUT_CROSSING)('%s imports only model/ and itself from src/', (stage) => {
    const offending = all
      .filter((f) => stageOf(f) === stage)
      .flatMap((f) => imports(f).map((spec) => ({ f, target: targetStage(f, spec) })))
      .filter(
        ({ target }) =>
          target && target !== stage && target !== 'model' && target !== 'errors' && target !== 'errors.ts',
      )
      .map(({ f, target }) => `${relative(SRC, f)} → ${target}`);
    if (stage === 'model') expect(offending).toEqual([]);
    else expect(offending).toEqual([]);
  });

  it('uses neo4j-driver only in load/, api/, db/ (and the CLI and pipeline that wire them)', () => {
    const offending = all
      .filter((f) => imports(f).includes('neo4j-driver') && !DRIVER_USERS.has(stageOf(f)))
      .map((f) => relative(SRC, f));
    expect(offending).toEqual([]);
  });

  it('never imports the CLI from elsewhere', () => {
    const offending = all
      .filter((f) => stageOf(f) !== 'cli' && imports(f).some((spec) => targetStage(f, spec) === 'cli'))
      .map((f) => relative(SRC, f));
    expect(offending).toEqual([]);
  });
});
