/**
 * The Browser guide's curated queries, one list for both the guide page (render-guide.ts) and the
 * test that runs each against the seed graph (test/browser/guide-queries.int.test.ts): what the
 * analyst clicks is what CI checked.
 */

export interface GuideQuery {
  /** Stable anchor, kebab-case. */
  id: string;
  /** The analyst's question. */
  title: string;
  /** One or two sentences: what the answer shows and how to change it. Plain text. */
  description: string;
  /** Parameterised Cypher; every `$name` it uses is a key of `params`. */
  cypher: string;
  /** Defaults that answer on the seed graph; the guide sets them with `:params` before the query. */
  params: Record<string, string | number>;
  /** 'graph' returns paths (Browser draws them with style.grass), 'table' returns columns. */
  view: 'graph' | 'table';
}

/**
 * Case-insensitive match of `$param` against a node's name or any alias: analysts type "Makhonin"
 * or "Perm", not "territoire de Perm"; aliases hold the other spellings met ("Tokaïev").
 */
const named = (node: string, param: string): string =>
  `(toLower(${node}.name) CONTAINS toLower($${param}) OR any(alias IN coalesce(${node}.aliases, []) WHERE toLower(alias) CONTAINS toLower($${param})))`;

/** Relationship types that carry meaning between entities (DESCRIBES only links files to events). */
const SEMANTIC =
  'PARTICIPATED_IN|MENTIONED_IN|HELD_IN|HOLDS_POSITION|PART_OF|LOCATED_IN|OPERATED_IN|SIGNED|PARTY_TO|PARTNER_OF|ASKED|STATED|MEASURES';

export const GUIDE_QUERIES: readonly GuideQuery[] = [
  {
    id: 'central-entities',
    title: 'Who and what matters most?',
    description:
      'Entities ranked by PageRank (computed at ingestion, property `pagerank`), with their degree and community. The style cannot size nodes by a property, so this ranking is how to read importance.',
    cypher: `MATCH (n:Entity)
WHERE n.pagerank IS NOT NULL AND ($label = '' OR $label IN labels(n))
RETURN n.name AS name, [l IN labels(n) WHERE l <> 'Entity'][0] AS type,
       round(n.pagerank, 5) AS pagerank, n.degree AS degree, n.community AS community
ORDER BY n.pagerank DESC
LIMIT $limit`,
    params: { label: 'Person', limit: 15 },
    view: 'table',
  },
  {
    id: 'who-met-whom',
    title: 'Who met whom, and when?',
    description:
      'People who took part in the same event as a person, with the date, the event and their role (host, guest, speaker, briefer, journalist).',
    cypher: `MATCH (p:Person)-[:PARTICIPATED_IN]->(e:Event)<-[r:PARTICIPATED_IN]-(other:Person)
WHERE ${named('p', 'person')} AND other <> p
RETURN e.date AS date, e.time AS time, e.title AS event, other.name AS met, r.role AS role, e.place AS place
ORDER BY date, time, met
LIMIT 100`,
    params: { person: 'Poutine' },
    view: 'table',
  },
  {
    id: 'meetings-graph',
    title: 'A person’s meetings as a graph',
    description: 'The same question drawn: the person, the events attended and everyone else present.',
    cypher: `MATCH path = (p:Person)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(other:Person)
WHERE ${named('p', 'person')} AND other <> p
RETURN path
LIMIT 60`,
    params: { person: 'Lukashenko' },
    view: 'graph',
  },
  {
    id: 'events-in-period',
    title: 'What happened between two dates?',
    description: 'Events by date (ISO `YYYY-MM-DD`, inclusive), where they took place and who took part.',
    cypher: `MATCH (e:Event)
WHERE e.date >= $from AND e.date <= $to
OPTIONAL MATCH (p:Person)-[r:PARTICIPATED_IN]->(e)
OPTIONAL MATCH (e)-[:HELD_IN]->(place:Region)
RETURN e.date AS date, e.time AS time, e.title AS event, e.kind AS kind,
       collect(DISTINCT place.name) AS heldIn,
       collect(DISTINCT p.name + ' (' + coalesce(r.role, '?') + ')') AS participants
ORDER BY date, time
LIMIT 100`,
    params: { from: '2025-03-01', to: '2025-04-30' },
    view: 'table',
  },
  {
    id: 'who-holds-which-post',
    title: 'Who holds which post?',
    description:
      'Posts stated in the text (HOLDS_POSITION, with its `title`), filtered by a word of the person, the title or the body; an empty filter lists them all.',
    cypher: `MATCH (p:Person)-[r:HOLDS_POSITION]->(body)
WHERE $text = '' OR ${named('p', 'text')} OR toLower(r.title) CONTAINS toLower($text) OR ${named('body', 'text')}
RETURN p.name AS person, r.title AS title, body.name AS of,
       [l IN labels(body) WHERE l <> 'Entity'][0] AS type, r.evidenceTexts[0] AS evidence
ORDER BY of, person
LIMIT 100`,
    params: { text: 'gouverneur' },
    view: 'table',
  },
  {
    id: 'units-of-a-formation',
    title: 'Which units belong to a formation, and where did they operate?',
    description:
      'Military units under a formation (PART_OF, up to four levels), with the chain up to it and the regions where each operated (OPERATED_IN).',
    cypher: `MATCH chain = (u:MilitaryUnit)-[:PART_OF*1..4]->(f)
WHERE ${named('f', 'formation')}
OPTIONAL MATCH (u)-[:OPERATED_IN]->(r:Region)
WITH f, u, chain, collect(DISTINCT r.name) AS operatedIn
RETURN f.name AS formation, u.name AS unit, u.echelon AS echelon,
       [n IN nodes(chain) | n.name] AS chainUp, operatedIn
ORDER BY formation, size(chainUp), unit
LIMIT 100`,
    params: { formation: 'armée' },
    view: 'table',
  },
  {
    id: 'where-units-operated',
    title: 'Which units operated in a region?',
    description: 'Units said to fight or operate in a region, drawn with the formations they belong to.',
    cypher: `MATCH op = (u:MilitaryUnit)-[:OPERATED_IN]->(r:Region)
WHERE ${named('r', 'region')}
OPTIONAL MATCH up = (u)-[:PART_OF*1..3]->(:MilitaryUnit)
RETURN op, up
LIMIT 60`,
    params: { region: 'Kursk' },
    view: 'graph',
  },
  {
    id: 'figures-about-a-region',
    title: 'Which figures were given about a region, by period?',
    description:
      'Quantitative statements about a region (MEASURES): value, unit, what is measured, the period the text gives (else the event date) and who stated it.',
    cypher: `MATCH (f:Figure)-[:MEASURES]->(r:Region)
WHERE ${named('r', 'region')}
OPTIONAL MATCH (speaker:Person)-[:STATED]->(f)
OPTIONAL MATCH (f)-[:MENTIONED_IN]->(e:Event)
RETURN r.name AS region, coalesce(f.period, e.date) AS period, f.measure AS measure,
       f.raw AS raw, f.value AS value, f.unit AS unit, f.direction AS direction,
       collect(DISTINCT speaker.name) AS statedBy, e.date AS eventDate
ORDER BY period, measure
LIMIT 100`,
    params: { region: 'Perm' },
    view: 'table',
  },
  {
    id: 'agreements-and-signatories',
    title: 'Which agreements were signed, and by whom?',
    description:
      'Agreements with their kind, date, signatories (SIGNED) and the states or bodies bound (PARTY_TO), filtered by a word of a party, a signatory or the agreement.',
    cypher: `MATCH (a:Agreement)
OPTIONAL MATCH (s:Person)-[:SIGNED]->(a)
OPTIONAL MATCH (party)-[:PARTY_TO]->(a)
WITH a, collect(DISTINCT s) AS signers, collect(DISTINCT party) AS parties
WHERE size(signers) + size(parties) > 0
  AND ($text = '' OR ${named('a', 'text')}
       OR any(x IN signers + parties WHERE ${named('x', 'text')}))
RETURN a.name AS agreement, a.kind AS kind, a.date AS date,
       [x IN signers | x.name] AS signatories, [x IN parties | x.name] AS parties
ORDER BY size(signatories) DESC, agreement
LIMIT 100`,
    params: { text: 'Bélarus' },
    view: 'table',
  },
  {
    id: 'shortest-path',
    title: 'How are two people connected?',
    description:
      'The shortest chain of relations between two people, through events, places, bodies and agreements (files are left out: every entity of a file would be two hops apart).',
    cypher: `MATCH (a:Person) WHERE ${named('a', 'from')}
MATCH (b:Person) WHERE ${named('b', 'to')} AND b <> a
WITH a, b LIMIT 1
MATCH path = shortestPath((a)-[:${SEMANTIC}*..8]-(b))
RETURN path`,
    params: { from: 'Makhonin', to: 'Lukashenko' },
    view: 'graph',
  },
  {
    id: 'communities',
    title: 'Which communities does the graph fall into?',
    description:
      'Communities found by Louvain at ingestion (property `community`), largest first, each with its most central members by PageRank.',
    cypher: `MATCH (n:Entity)
WHERE n.community IS NOT NULL
WITH n.community AS community, n ORDER BY n.pagerank DESC
WITH community, count(n) AS size, collect(n.name)[..8] AS central
WHERE size >= $minSize
RETURN community, size, central
ORDER BY size DESC
LIMIT 25`,
    params: { minSize: 3 },
    view: 'table',
  },
  {
    id: 'community-of',
    title: 'The community of an entity, drawn',
    description: 'Everything in the same community as the named entity, with the relations inside it.',
    cypher: `MATCH (x:Entity) WHERE ${named('x', 'name')} AND x.community IS NOT NULL
WITH x ORDER BY x.pagerank DESC LIMIT 1
MATCH (n:Entity {community: x.community})-[r]->(m:Entity {community: x.community})
RETURN n, r, m
LIMIT 150`,
    params: { name: 'Tsybulsky' },
    view: 'graph',
  },
  {
    id: 'evidence',
    title: 'What is the evidence behind a relationship?',
    description:
      'Every sentence that supports a relation, with its document and character offsets (UTF-16, into the file as read): give a relation type and words of both ends.',
    cypher: `MATCH (a)-[r]->(b)
WHERE type(r) = $type AND ${named('a', 'subject')} AND ${named('b', 'object')}
UNWIND range(0, size(r.evidenceTexts) - 1) AS i
RETURN a.name AS subject, type(r) AS type, b.name AS object,
       r.evidenceDocuments[i] AS document, r.evidenceStarts[i] AS start, r.evidenceEnds[i] AS end,
       r.evidenceTexts[i] AS text
LIMIT 50`,
    params: { subject: 'Makhonin', type: 'HOLDS_POSITION', object: 'Perm' },
    view: 'table',
  },
  {
    id: 'facts-to-review',
    title: 'Which facts should an analyst check first?',
    description:
      'The least sure relationships first (`confidence`: each stating document’s, fitted per rule on the dev corpus, combined; a fact several documents state is surer), with the sentences behind them. Give a relation type to narrow, or raise `below` to see more.',
    cypher: `MATCH (a)-[r]->(b)
WHERE r.confidence IS NOT NULL AND r.confidence < $below AND NOT type(r) IN ['MENTIONED_IN', 'DESCRIBES']
  AND ($type = '' OR type(r) = $type)
RETURN round(r.confidence, 3) AS confidence, coalesce(a.name, a.title) AS subject, type(r) AS type,
       coalesce(b.name, b.title) AS object, size(r.documents) AS documents, r.evidenceTexts AS sentences
ORDER BY r.confidence, subject, object
LIMIT 50`,
    params: { type: '', below: 0.8 },
    view: 'table',
  },
  {
    id: 'neighbourhood',
    title: 'Everything directly connected to an entity',
    description:
      'One hop around the named entity, files left out; double-click a node in Browser to expand further.',
    cypher: `MATCH (x:Entity) WHERE ${named('x', 'name')}
WITH x ORDER BY x.pagerank DESC LIMIT 1
MATCH path = (x)-[:${SEMANTIC}]-(m)
RETURN path
LIMIT 80`,
    params: { name: 'Arkhangelsk' },
    view: 'graph',
  },
  {
    id: 'journalists-questions',
    title: 'Which journalists asked whom?',
    description: 'Questions put at press conferences (ASKED), with the sentence that shows each.',
    cypher: `MATCH (j:Person)-[r:ASKED]->(p:Person)
WHERE $person = '' OR ${named('p', 'person')}
OPTIONAL MATCH (j)-[:HOLDS_POSITION]->(outlet)
RETURN j.name AS journalist, collect(DISTINCT outlet.name) AS outlet, p.name AS asked,
       r.evidenceTexts[0] AS evidence
ORDER BY asked, journalist
LIMIT 100`,
    params: { person: '' },
    view: 'table',
  },
  {
    id: 'region-partnerships',
    title: 'Which regions partner with which, and what is located where?',
    description:
      'Partnerships and patronage between regions (PARTNER_OF) and the companies or bodies the text places in them (LOCATED_IN).',
    cypher: `MATCH path = (a)-[:PARTNER_OF|LOCATED_IN]->(r:Region)
WHERE $region = '' OR ${named('r', 'region')} OR ${named('a', 'region')}
RETURN path
LIMIT 80`,
    params: { region: '' },
    view: 'graph',
  },
];
