import { describe, expect, test } from 'vitest';
import countries from '../../src/extract/lexicons/countries.json' with { type: 'json' };
import lexicon from '../../src/extract/lexicons/nationalities.json' with { type: 'json' };

describe('nationalities.json', () => {
  const byCountry = lexicon.nationalities as Record<string, string[]>;

  test('lists every country of countries.json, and no other', () => {
    expect(Object.keys(byCountry).sort()).toEqual(countries.countries.map((c) => c.canonical).sort());
  });

  test('an adjective points to one country only', () => {
    const owner = new Map<string, string>();
    for (const [country, adjectives] of Object.entries(byCountry)) {
      for (const a of adjectives) {
        expect(owner.get(a) ?? country, a).toBe(country);
        owner.set(a, country);
      }
    }
  });
});
