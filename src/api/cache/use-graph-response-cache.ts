import { hashSHA256, useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { Plugin } from 'graphql-yoga';
import { stableJson, type ResponseCache } from './response-cache.js';

/**
 * Yoga's response cache over our store: whole GraphQL results keyed by graph version, operation and
 * variables. The version in the key is the invalidation; the plugin's own (by type and id) is unused.
 */
export function useGraphResponseCache(cache: ResponseCache): Plugin {
  const store: Cache = {
    get: (key) => cache.store.get(`graphql|${key}`) as Awaited<ReturnType<Cache['get']>>,
    set: (key, data) => cache.store.set(`graphql|${key}`, data, JSON.stringify(data).length),
    invalidate: () => undefined,
  };
  return useResponseCache({
    session: () => null,
    cache: store,
    includeExtensionMetadata: false,
    buildResponseCacheKey: async ({ documentString, variableValues, operationName }) =>
      `${await cache.version()}|${await hashSHA256(
        `${operationName ?? ''}|${documentString}|${stableJson(variableValues ?? {})}`,
      )}`,
  }) as Plugin;
}
