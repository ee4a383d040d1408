/**
 * The core's one way of remembering: a Map by text (or by two, PairCache below),
 * cleared when it outgrows `limit`. Sheets repeat the same few names and labels on every row, and
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

/**
 * A BoundedCache by two texts, as nested maps: the texts are cell strings whose
 * hash V8 keeps, where one key joined from them would be a new string to build
 * and hash on every call. At most `limit` values in all.
 */
export class PairCache<T, A> {
  private readonly map = new Map<string, Map<string, T>>();
  private size = 0;

  constructor(private readonly limit = 5000) {}

  /** The value remembered for (first, second), else `compute(first, arg)`'s, remembered. */
  get(first: string, second: string, arg: A, compute: (first: string, arg: A) => T): T {
    let inner = this.map.get(first);
    const known = inner?.get(second);
    if (known !== undefined) return known;
    const value = compute(first, arg);
    if (this.size >= this.limit) {
      this.map.clear();
      this.size = 0;
      inner = undefined;
    }
    if (!inner) this.map.set(first, (inner = new Map()));
    inner.set(second, value);
    this.size++;
    return value;
  }
}
