import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import neo4j from 'neo4j-driver';
import { QueryInputError } from '../queries/index.js';

/** A tool answer: the JSON an agent reads, as text. */
export const answer = (value: unknown): CallToolResult => ({
  content: [{ type: 'text', text: JSON.stringify(value) }],
});

/** A failed call as MCP wants it: a tool result with isError and one plain sentence, never a stack. */
export const failure = (message: string): CallToolResult => ({
  content: [{ type: 'text', text: message }],
  isError: true,
});

export class ToolTimeoutError extends Error {}

/** `work`, or a ToolTimeoutError after `ms` (Neo4j's transaction timeout stops the query itself). */
export async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ToolTimeoutError()), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The sentence a caller sees for an error: its own mistake as is, anything else named but not detailed. */
export function explain(tool: string, error: unknown, timeoutMs: number): string {
  if (error instanceof QueryInputError) return error.message;
  const code = (error as { code?: string }).code ?? '';
  if (error instanceof ToolTimeoutError || /TransactionTimedOut|Transaction.*Timeout/i.test(code))
    return `${tool} took longer than ${timeoutMs / 1000} s and was stopped; narrow it (fewer types, a smaller limit, fewer hops).`;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || neo4j.isRetryableError(error as Error))
    return `${tool}: the graph database is not reachable right now; try again shortly.`;
  return `${tool} failed inside the graph database${code ? ` (${code})` : ''}.`;
}
