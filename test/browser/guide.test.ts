import { describe, expect, it } from 'vitest';
import { GUIDE_QUERIES, paramsCommand, renderGuide, slideFragment } from '../../graph-schema/guide/index.js';

const usedParams = (cypher: string) =>
  [...new Set([...cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]!))].sort();

describe('guide queries', () => {
  it('has at least ten, with unique ids', () => {
    expect(GUIDE_QUERIES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(GUIDE_QUERIES.map((q) => q.id)).size).toBe(GUIDE_QUERIES.length);
  });

  it.each(GUIDE_QUERIES.map((q) => [q.id, q] as const))(
    '%s: its params are exactly the $names its Cypher uses',
    (_id, query) => {
      expect(Object.keys(query.params).sort()).toEqual(usedParams(query.cypher));
    },
  );
});

describe('paramsCommand', () => {
  it.each([
    [{ person: 'Poutine' }, ":params {person: 'Poutine'}"],
    [{ text: "Côte d'Ivoire", limit: 15 }, ":params {text: 'Côte d\\'Ivoire', limit: 15}"],
    [{ text: '' }, ":params {text: ''}"],
  ])('%j → %s', (params, expected) => {
    expect(paramsCommand(params)).toBe(expected);
  });
});

describe('renderGuide', () => {
  const html = renderGuide(GUIDE_QUERIES, { baseUrl: 'http://127.0.0.1:4000' });

  it('has one <slide> per query after the intro', () => {
    expect(html.match(/<slide /g)).toHaveLength(GUIDE_QUERIES.length + 1);
  });

  it('escapes Cypher so Browser copies it back verbatim (`<>` , `->`)', () => {
    expect(html).not.toContain('other <> p');
    expect(html).toContain('other &lt;&gt; p');
    expect(html).toContain('-[:PARTICIPATED_IN]-&gt;(e:Event)');
  });

  it('links the style and each slide with absolute URLs on its own origin', () => {
    expect(html).toContain('exec-topic="style http://127.0.0.1:4000/style.grass"');
    expect(html).toContain(`play-topic="http://127.0.0.1:4000/guide.html${slideFragment(0)}"`);
  });
});
