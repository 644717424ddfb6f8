import type { GuideQuery } from './queries.js';

export interface GuideOptions {
  /** Where the guide and the style are served, e.g. `http://127.0.0.1:4000`; links in the guide are absolute. */
  baseUrl: string;
}

/**
 * The URL fragment that opens the guide on a query's slide. Browser counts slides from 1 (checked on
 * 5.24: `#slide-2` opens the second), and the intro comes first.
 */
export const slideFragment = (queryIndex: number): string => `#slide-${queryIndex + 2}`;

const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Cypher literal for a `:params` map: `'Bélarus'` (quotes escaped), `15`. */
const cypherLiteral = (value: string | number): string =>
  typeof value === 'number' ? String(value) : `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** The Browser command that sets a query's parameters: `:params {person: 'Poutine'}`. */
export function paramsCommand(params: GuideQuery['params']): string {
  const entries = Object.entries(params).map(([key, value]) => `${key}: ${cypherLiteral(value)}`);
  return `:params {${entries.join(', ')}}`;
}

// Neo4j Browser 5 (checked on the 5.24 bundle) splits a `:play <url>` page on <slide> elements and turns
// every `pre.runnable` into a click-to-editor block; `exec-topic` links run a command at once.
const runnable = (text: string): string =>
  `<pre class="pre-scrollable code runnable">${escapeHtml(text)}</pre>`;

function slide(heading: string, lead: string, body: string): string {
  return `<slide class="row-fluid">
  <div class="col-sm-3"><h3>${escapeHtml(heading)}</h3><p class="lead">${lead}</p></div>
  <div class="col-sm-9">
${body}
  </div>
</slide>`;
}

function introSlide(queries: readonly GuideQuery[], options: GuideOptions): string {
  const guideUrl = `${options.baseUrl}/guide.html`;
  const toc = queries
    .map(
      (q, i) =>
        `<li><a play-topic="${escapeHtml(`${guideUrl}${slideFragment(i)}`)}">${escapeHtml(q.title)}</a></li>`,
    )
    .join('\n');
  const body = `<p>Events, people, regions, bodies, military units, agreements and figures extracted from official
communiqués. Every node that is not an Event or a Document also carries the label <code>:Entity</code>; every relation
keeps the sentences that support it (<code>evidenceTexts</code>, with <code>evidenceDocuments</code>,
<code>evidenceStarts</code>, <code>evidenceEnds</code>).</p>
<p>Apply the project's style (a colour and caption per label): <a exec-topic="style ${escapeHtml(options.baseUrl)}/style.grass">:style ${escapeHtml(options.baseUrl)}/style.grass</a></p>
${runnable(`:style ${options.baseUrl}/style.grass`)}
<p>Each slide sets its parameters with <code>:params</code> (click, then run), then runs the query (click, then run).
Change a parameter and run again to ask about someone else.</p>
<ol>
${toc}
</ol>`;
  return slide('Communiqués knowledge graph', 'A guided tour in questions.', body);
}

function querySlide(query: GuideQuery): string {
  const body = `<p>${escapeHtml(query.description)}</p>
<p>1. Set the parameters:</p>
${runnable(paramsCommand(query.params))}
<p>2. Run the query${query.view === 'graph' ? ' (drawn as a graph)' : ''}:</p>
${runnable(query.cypher)}`;
  return slide(query.title, query.view === 'graph' ? 'Graph' : 'Table', body);
}

/** The guide page `:play` opens: an intro slide (style, contents), then one slide per query. */
export function renderGuide(queries: readonly GuideQuery[], options: GuideOptions): string {
  const slides = [introSlide(queries, options), ...queries.map(querySlide)].join('\n');
  return `<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Communiqués knowledge graph — guide</title></head>
<body>
<article class="guide">
<carousel class="deck container-fluid">
${slides}
</carousel>
</article>
</body>
</html>
`;
}
