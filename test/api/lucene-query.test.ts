import { describe, expect, it } from 'vitest';
import { luceneQuery } from '../../src/api/lucene-query.js';

describe('luceneQuery', () => {
  it.each([
    ['Loukachenko', 'Loukachenko~2'],
    ['Perm', 'Perm~1'],
    ['Bélarus', 'Bélarus~1'],
  ])('%s becomes a fuzzy term %s', (text, term) => {
    expect(luceneQuery(text)).toContain(term);
  });

  it.each([
    'name:* OR 1=1',
    '") MATCH (n) DETACH DELETE n //',
    'a && b || c',
    '[1 TO 5]',
    '\\\\',
    'foo~^3 "unclosed',
    '/regex/',
  ])('escapes every Lucene operator in %j', (text) => {
    const q = luceneQuery(text);
    // Only the operators we add ourselves remain: OR between clauses, ~N, ^N, a trailing *, our quotes.
    const stripped = q
      .replace(/ OR /g, ' ')
      .replace(/~[12]|\^[23]|\*/g, '')
      .replace(/^"[^"]*"/, '');
    expect(stripped).not.toMatch(/[+\-!{}[\]^"~*?:\\/]|&&|\|\|/);
  });

  it('returns nothing to search for punctuation only', () => {
    expect(luceneQuery('*** ::: ~~~')).toBe('');
  });

  it('bounds the number of terms', () => {
    const q = luceneQuery(Array.from({ length: 100 }, (_, i) => `word${i}`).join(' '));
    expect(q.match(/word\d+\^2/g)).toHaveLength(8);
  });
});
