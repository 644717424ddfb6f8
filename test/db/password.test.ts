import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePassword, rememberInDotEnv } from '../../src/db/password.js';

const freshRoot = () => mkdtempSync(join(tmpdir(), 'kg-db-password-'));

describe('rememberInDotEnv', () => {
  it.each([
    ['no .env yet', undefined],
    ['a .env without a newline at the end', 'NEO4J_DATABASE=neo4j'],
  ])('appends NEO4J_PASSWORD to %s', (_case, existing) => {
    const root = freshRoot();
    if (existing !== undefined) writeFileSync(join(root, '.env'), existing);
    rememberInDotEnv(root, 'generated-secret-1');
    const text = readFileSync(join(root, '.env'), 'utf8');
    expect(text).toMatch(/^NEO4J_PASSWORD=generated-secret-1$/m);
    if (existing) expect(text.startsWith(existing + '\n')).toBe(true);
  });

  it("keeps the user's own NEO4J_PASSWORD", () => {
    const root = freshRoot();
    writeFileSync(join(root, '.env'), '  NEO4J_PASSWORD=mine-and-only-mine\n');
    rememberInDotEnv(root, 'generated-secret-2');
    expect(readFileSync(join(root, '.env'), 'utf8')).toBe('  NEO4J_PASSWORD=mine-and-only-mine\n');
  });
});

describe('generatePassword', () => {
  it('is long enough for Neo4j and safe in .env and NEO4J_AUTH', () => {
    const passwords = new Set(Array.from({ length: 20 }, generatePassword));
    expect(passwords.size).toBe(20);
    for (const p of passwords) expect(p).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it('never starts with "-", which neo4j-admin would take for an option', () => {
    // One password in 64 would; 2,000 draws miss that with probability (63/64)^2000 ≈ 2e-14.
    for (let i = 0; i < 2_000; i++) expect(generatePassword().startsWith('-')).toBe(false);
  });
});
