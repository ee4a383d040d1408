/**
 * A one-argument string function remembered in a Map that is cleared when it
 * outgrows `limit`: sheets repeat the same few names and labels on every row,
 * and several rules ask about each, so most calls become one lookup while
 * memory stays bounded on sheets of many distinct texts.
 */
export function boundedMemo<T>(fn: (text: string) => T, limit = 5000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    // One lookup on a hit: `has` first would hash and probe twice.
    const known = memo.get(text);
    if (known !== undefined || memo.has(text)) return known as T;
    const value = fn(text);
    if (memo.size >= limit) memo.clear();
    memo.set(text, value);
    return value;
  };
}
