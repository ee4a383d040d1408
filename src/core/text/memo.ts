/**
 * The core's one way of remembering: a Map by text, cleared when it outgrows
 * `limit`. Sheets repeat the same few names and labels on every row, and
 * several rules ask about each, so most calls become one lookup while memory
 * stays bounded on sheets of many distinct texts.
 */
export class BoundedCache<T> {
  private readonly map = new Map<string, T>();

  constructor(private readonly limit = 5000) {}

  /** The value remembered for `key`, else `compute(key)`'s, remembered. */
  get(key: string, compute: (key: string) => T): T {
    // One lookup on a hit: `has` first would hash and probe twice.
    const known = this.map.get(key);
    if (known !== undefined || this.map.has(key)) return known as T;
    const value = compute(key);
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}

/** A one-argument string function, remembered (see BoundedCache). */
export function boundedMemo<T>(fn: (text: string) => T, limit = 5000): (text: string) => T {
  const cache = new BoundedCache<T>(limit);
  return (text) => cache.get(text, fn);
}
