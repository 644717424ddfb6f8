/** Largest answer a tool returns, in characters of JSON: a few pages an agent can read whole. */
export const MAX_ANSWER_CHARS = 60_000;

/**
 * The first items that fit in `maxChars` and in `limit`; `truncated` says that more exist (the query
 * was asked for limit + 1 rows, or the size cap cut the list). Always at least one item when any exist.
 */
export function boundList<T>(
  items: readonly T[],
  limit: number,
  maxChars = MAX_ANSWER_CHARS,
): { results: T[]; truncated: boolean } {
  const results: T[] = [];
  let size = 0;
  for (const item of items.slice(0, limit)) {
    size += JSON.stringify(item).length + 1;
    if (results.length > 0 && size > maxChars) break;
    results.push(item);
  }
  return { results, truncated: items.length > results.length };
}
