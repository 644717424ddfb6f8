import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syncedReadme } from '../../scripts/sync-readme.js';

const readme = readFileSync('README.md', 'utf8');

describe('README.md', () => {
  it('shows exactly the walkthrough questions that test/docs runs (npx tsx scripts/sync-readme.ts)', () => {
    expect(syncedReadme(readme, readFileSync('docs/walkthrough.md', 'utf8'))).toBe(readme);
  });

  it('opens with the two quick-start commands: the main job and the tests', () => {
    const quickStart = readme.slice(
      readme.indexOf('## Quick start'),
      readme.indexOf('## ', readme.indexOf('## Quick start') + 3),
    );
    expect(quickStart).toMatch(/npm install && npm start/);
    expect(quickStart).toMatch(/npm install && npm test/);
  });

  it('names the API limits that src/api/limits.ts enforces', async () => {
    const { API_LIMITS } = await import('../../src/api/limits.js');
    for (const value of [
      API_LIMITS.maxDepth,
      API_LIMITS.maxCost,
      API_LIMITS.maxAliases,
      API_LIMITS.maxTokens,
      API_LIMITS.maxPageSize,
    ])
      expect(readme).toContain(String(value));
  });
});
