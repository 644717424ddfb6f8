import { LruCache, type LruCacheOptions } from './lru-cache.js';
import type { GraphVersion } from './graph-version.js';

/** JSON with object keys sorted: `{a, b}` and `{b, a}` are one cache key. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

export interface ResponseCache {
  /** The bounded store; GraphQL responses and query answers share it (and its bound). */
  store: LruCache<unknown>;
  version: GraphVersion;
  /** `compute()`'s answer for (name, args) at the current graph version, computed once. */
  cached<T>(name: string, args: unknown, compute: () => Promise<T>): Promise<T>;
}

/**
 * Answers keyed by graph version, operation and arguments: a write bumps the version, so older entries
 * are never read again and age out of the LRU; nothing has to be invalidated by hand.
 */
export function createResponseCache(version: GraphVersion, options: LruCacheOptions = {}): ResponseCache {
  const store = new LruCache<unknown>(options);
  const inFlight = new Map<string, Promise<unknown>>();
  return {
    store,
    version,
    async cached<T>(name: string, args: unknown, compute: () => Promise<T>): Promise<T> {
      const key = `${await version()}|${name}|${stableJson(args)}`;
      const hit = store.get(key);
      if (hit !== undefined) return hit as T;
      // Sixteen clients asking the same cold question run it once.
      const running = inFlight.get(key);
      if (running) return running as Promise<T>;
      const promise = compute()
        .then((answer) => {
          store.set(key, answer, JSON.stringify(answer)?.length ?? 0);
          return answer;
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, promise);
      return promise;
    },
  };
}
