/**
 * The runnable examples of a Markdown page: each ```graphql and ```cypher block with what the page
 * shows next to it: the `:params {…}` block before a Cypher query, and the answer excerpt after
 * (a ```json/```jsonc block for GraphQL, a Markdown table for Cypher).
 */
export interface DocExample {
  lang: 'graphql' | 'cypher';
  /** The `## …` heading the block is under. */
  section: string;
  code: string;
  /** Cypher map literal from the `:params {…}` block just before, e.g. `{person: 'Vladimir Poutine'}`. */
  params?: string;
  /** GraphQL: the JSON excerpt after the query. */
  excerpt?: string;
  /** Cypher: the rows of the Markdown table after the query, cells trimmed (header and rule left out). */
  table?: string[][];
}

interface Fence {
  lang: string;
  code: string;
  section: string;
  /** The Markdown between this fence's end and the next fence (tables live there). */
  after: string;
}

function fences(markdown: string): Fence[] {
  const found = [...markdown.matchAll(/^```([\w-]*)[^\n]*\n([\s\S]*?)^```[ \t]*$/gm)];
  return found.map((match, i) => {
    const start = match.index;
    const end = start + match[0].length;
    const section = [...markdown.slice(0, start).matchAll(/^## (.+)$/gm)].at(-1)?.[1] ?? '';
    const after = markdown.slice(end, found[i + 1]?.index ?? markdown.length);
    return { lang: match[1]!, code: match[2]!.trimEnd(), section, after };
  });
}

/** The first Markdown table in `text`, without its header row and rule. */
function firstTable(text: string): string[][] {
  const lines = text.trimStart().split('\n');
  const rows: string[][] = [];
  for (const line of lines) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, line.lastIndexOf('|'))
        .split('|')
        .map((cell) => cell.trim()),
    );
  }
  return rows.slice(2);
}

/** Every runnable example of the page, in order. */
export function docExamples(markdown: string): DocExample[] {
  const all = fences(markdown);
  return all.flatMap((fence, i): DocExample[] => {
    const { lang, code, section } = fence;
    if (lang === 'graphql') {
      const next = all[i + 1];
      const excerpt = next && /^jsonc?$/.test(next.lang) ? next.code : undefined;
      return [{ lang, section, code, excerpt }];
    }
    if (lang === 'cypher') {
      const prev = all[i - 1]?.code.match(/^:params\s+(\{[\s\S]*\})\s*$/);
      return [{ lang, section, code, params: prev?.[1], table: firstTable(fence.after) }];
    }
    return [];
  });
}

/**
 * Names the GraphQL excerpt shows ("name", "title" and "raw" values, `…` elisions left out):
 * each must be in the real answer, so the page cannot drift from the graph.
 */
export function excerptValues(excerpt: string): string[] {
  return [...excerpt.matchAll(/"(?:name|title|raw)":\s*"((?:[^"\\]|\\.)*)"/g)].map((m) =>
    JSON.parse(`"${m[1]}"`),
  );
}
