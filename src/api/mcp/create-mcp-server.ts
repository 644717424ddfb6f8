import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { SEARCHABLE_LABELS } from '../entity-ref.js';
import { API_LIMITS } from '../limits.js';
import { MAX_HOPS, QueryInputError, type GraphQueries } from '../queries/index.js';
import { NEIGHBOUR_TYPES } from '../queries/neighbours.js';
import { boundList, MAX_ANSWER_CHARS } from './bound.js';
import { answer, explain, failure, withTimeout } from './tool-result.js';

export interface McpServerOptions {
  queries: GraphQueries;
  /** Per-call time limit. @default API_LIMITS.transactionTimeoutMs */
  timeoutMs?: number;
  /** Largest answer, in characters of JSON. @default MAX_ANSWER_CHARS */
  maxChars?: number;
}

/** Evidence sentences per triple in an answer; `evidenceCount` tells how many the graph holds. */
const EVIDENCE_PER_TRIPLE = 3;
const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };

const id = z.string().min(1).max(300);
const name = z.string().min(1).max(300);
const limit = (fallback: number) =>
  z.number().int().min(1).max(API_LIMITS.maxPageSize).optional().describe(`default ${fallback}`);
const relationType = z.enum(NEIGHBOUR_TYPES as [string, ...string[]]);

/** The read-only MCP server: six tools over the same query functions as the GraphQL API. */
export function createMcpServer(options: McpServerOptions): McpServer {
  const { queries } = options;
  const timeoutMs = options.timeoutMs ?? API_LIMITS.transactionTimeoutMs;
  const maxChars = options.maxChars ?? MAX_ANSWER_CHARS;
  const server = new McpServer(
    { name: 'communique-kg', version: '1.0.0' },
    { instructions: INSTRUCTIONS, maxToolInputElements: 100 },
  );
  const run =
    <A>(tool: string, call: (args: A) => Promise<unknown>) =>
    async (args: A): Promise<CallToolResult> => {
      try {
        return answer(await withTimeout(call(args), timeoutMs));
      } catch (error) {
        return failure(explain(tool, error, timeoutMs));
      }
    };
  const list = async <T>(rows: Promise<T[]>, n: number) => boundList(await rows, n, maxChars);

  server.registerTool(
    'search_entities',
    {
      description:
        'Find people, regions, organisations, military units, agreements, figures or events by name. An id, name or alias equal to the text (case aside) is returned alone (match "exact"); otherwise a full-text search tolerant of typos and transliterations ("Loukachenko" finds Alexander Lukashenko; match "fuzzy"). Use the returned ids with the other tools.',
      inputSchema: {
        text: name.describe('a name, alias or id, e.g. "Dmitry Makhonin" or "Région de Kursk"'),
        types: z
          .array(z.enum(SEARCHABLE_LABELS as [string, ...string[]]))
          .max(7)
          .optional(),
        limit: limit(10),
      },
      annotations: READ_ONLY,
    },
    run('search_entities', ({ text, types, limit: n = 10 }) =>
      list(queries.search({ text, types, limit: n + 1 }), n),
    ),
  );

  server.registerTool(
    'get_entity',
    {
      description:
        'One entity or event by id (from search_entities): type, name, aliases, properties (titles, dates, values…), how many documents name it and how many relationships of each type it has.',
      inputSchema: { id: id.describe('e.g. "person:dmitry-makhonin"') },
      annotations: READ_ONLY,
    },
    run('get_entity', async ({ id: wanted }) => {
      const found = await queries.entity({ id: wanted });
      if (!found) throw notFound(wanted);
      return found;
    }),
  );

  server.registerTool(
    'find_relations',
    {
      description:
        'Facts as (subject, type, object) triples, each with its confidence (0–1: the chance it is right, higher when several documents state it) and the evidence behind it: the document, the event (id, date, title), its URL, the character offsets and the sentence itself. Subject and object may be ids or names; every argument is optional (at least one is advised). minConfidence 0.8 keeps facts right about 19 times in 20. Time validity is not modelled, so there is no asOf.',
      inputSchema: {
        subject: name.optional().describe('id or name, e.g. "Dmitry Makhonin"'),
        type: relationType.optional(),
        object: name.optional().describe('id or name, e.g. "Territoire de Perm"'),
        minConfidence: z
          .number()
          .min(0)
          .max(1)
          .optional()
          .describe('e.g. 0.8: only facts at least this sure'),
        limit: limit(20),
      },
      annotations: READ_ONLY,
    },
    run('find_relations', ({ subject, type, object, minConfidence, limit: n = 20 }) =>
      list(
        queries.relations({
          subject,
          type,
          object,
          minConfidence,
          limit: n + 1,
          maxEvidence: EVIDENCE_PER_TRIPLE,
        }),
        n,
      ),
    ),
  );

  server.registerTool(
    'neighbours',
    {
      description:
        'The entities one relationship away from an entity or event, most central first, with the relationship type, its direction (OUT: from the given entity) and its evidence.',
      inputSchema: { id, types: z.array(relationType).max(12).optional(), limit: limit(25) },
      annotations: READ_ONLY,
    },
    run('neighbours', async ({ id: wanted, types, limit: n = 25 }) => {
      if (!(await queries.entity({ id: wanted }))) throw notFound(wanted);
      return list(
        queries.neighbours({ id: wanted, types, limit: n + 1, maxEvidence: EVIDENCE_PER_TRIPLE }),
        n,
      );
    }),
  );

  server.registerTool(
    'shortest_path',
    {
      description: `The shortest chain of relationships linking two entities or events (ids), each step with its evidence; path is null when none exists within maxHops (at most ${MAX_HOPS}).`,
      inputSchema: {
        from: id,
        to: id,
        maxHops: z.number().int().min(1).max(MAX_HOPS).optional().describe('default 6'),
      },
      annotations: READ_ONLY,
    },
    run('shortest_path', async ({ from, to, maxHops = 6 }) => {
      for (const end of [from, to]) if (!(await queries.entity({ id: end }))) throw notFound(end);
      return {
        path: await queries.shortestPath({ from, to, maxHops, maxEvidence: EVIDENCE_PER_TRIPLE }),
      };
    }),
  );

  server.registerTool(
    'graph_schema',
    {
      description:
        'What the graph holds: node labels with their counts and properties, relationship types with their counts and endpoint labels. Call it first to learn the vocabulary.',
      inputSchema: {},
      annotations: READ_ONLY,
    },
    run('graph_schema', () => queries.graphSummary()),
  );

  return server;
}

const notFound = (wanted: string) =>
  new QueryInputError(`No entity or event has id "${wanted}". Find ids with search_entities.`);

const INSTRUCTIONS =
  'A knowledge graph of Kremlin communiqués (French translations of kremlin.ru press releases): who met whom, who holds which post, which units fought where, which agreements were signed, which figures were claimed, each fact with the sentence behind it. Start with graph_schema or search_entities; ids look like "person:dmitry-makhonin". Answers are JSON; a list has `truncated: true` when more exists than it shows.';
