/**
 * Remembers a pure function's results for about the most recent `size` distinct arguments, so a
 * long-running bot's memory stays bounded. Size 0: no memory.
 *
 * Two generations rather than an exact LRU list: a result found in the older one moves to the
 * newer; when the newer is full it becomes the older and the oldest results go all at once. No
 * entry is ever deleted one by one, which keeps big maps from rehashing in the middle of a question.
 */
export function memoize<V>(size: number, compute: (key: string) => V): (key: string) => V {
  if (size <= 0) return compute;
  const generation = Math.max(1, Math.ceil(size / 2));
  let recent = new Map<string, V>();
  let older = new Map<string, V>();
  return (key) => {
    const hit = recent.get(key);
    if (hit !== undefined || recent.has(key)) return hit as V;
    const old = older.get(key);
    const value = old !== undefined || older.has(key) ? (old as V) : compute(key);
    if (recent.size >= generation) {
      older = recent;
      recent = new Map();
    }
    recent.set(key, value);
    return value;
  };
}
