/**
 * A Map in recency order, bounded by entries and by an estimate of the bytes held: the response cache's
 * store. Ours rather than the response-cache plugin's in-memory one because that one counts entries
 * only (one cached `people` listing can weigh megabytes) and indexes every entity for invalidation by
 * type and id, which a cache keyed by graph version never needs; MCP answers live here too.
 */
export interface LruCacheOptions {
  /** @default 1000 */
  maxEntries?: number;
  /** Sum of the sizes given to `set`, in UTF-16 code units of their JSON. @default 32 MiB */
  maxSize?: number;
}

export class LruCache<V> {
  readonly #entries = new Map<string, { value: V; size: number }>();
  readonly #maxEntries: number;
  readonly #maxSize: number;
  #size = 0;

  constructor(options: LruCacheOptions = {}) {
    this.#maxEntries = options.maxEntries ?? 1000;
    this.#maxSize = options.maxSize ?? 32 * 1024 * 1024;
  }

  get size(): number {
    return this.#size;
  }

  get entries(): number {
    return this.#entries.size;
  }

  get(key: string): V | undefined {
    const hit = this.#entries.get(key);
    if (!hit) return undefined;
    // Re-inserting moves the key to the end: Map iteration order is the recency order.
    this.#entries.delete(key);
    this.#entries.set(key, hit);
    return hit.value;
  }

  /** Stores `value`; a value larger than a quarter of the bound is not kept (it would flush the rest). */
  set(key: string, value: V, size: number): void {
    this.delete(key);
    if (size > this.#maxSize / 4) return;
    this.#entries.set(key, { value, size });
    this.#size += size;
    for (const [oldest, entry] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries && this.#size <= this.#maxSize) break;
      this.#entries.delete(oldest);
      this.#size -= entry.size;
    }
  }

  delete(key: string): void {
    const hit = this.#entries.get(key);
    if (!hit) return;
    this.#entries.delete(key);
    this.#size -= hit.size;
  }

  clear(): void {
    this.#entries.clear();
    this.#size = 0;
  }
}
