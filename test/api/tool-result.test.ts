import { describe, expect, it } from 'vitest';
import { QueryInputError } from '../../src/api/queries/index.js';
import { explain, ToolTimeoutError, withTimeout } from '../../src/api/mcp/tool-result.js';

// What the driver throws: an Error with Neo4j's status code.
const neo4jError = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('MCP tool errors: one plain sentence, never a stack or a statement', () => {
  it.each([
    [new QueryInputError('Unknown relation type "X".'), /^Unknown relation type "X"\.$/],
    [new ToolTimeoutError(), /took longer than 10 s/],
    [
      neo4jError(
        'The transaction has been terminated…',
        'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      ),
      /took longer than 10 s/,
    ],
    [neo4jError('connect ECONNREFUSED 127.0.0.1:7687', 'ServiceUnavailable'), /not reachable/],
    [
      neo4jError('Invalid input … MATCH (n) …', 'Neo.ClientError.Statement.SyntaxError'),
      /failed inside the graph database \(Neo\.ClientError\.Statement\.SyntaxError\)\.$/,
    ],
    [
      new TypeError("Cannot read properties of undefined (reading 'x')"),
      /^find_relations failed inside the graph database\.$/,
    ],
  ])('%s', (error, expected) => {
    const message = explain('find_relations', error, 10_000);
    expect(message).toMatch(expected);
    expect(message).not.toMatch(/MATCH|ECONNREFUSED|\n/);
  });

  it('stops waiting after the time limit', async () => {
    await expect(withTimeout(new Promise(() => undefined), 20)).rejects.toBeInstanceOf(ToolTimeoutError);
    await expect(withTimeout(Promise.resolve(1), 20)).resolves.toBe(1);
  });
});
