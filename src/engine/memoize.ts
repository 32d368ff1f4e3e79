/**
 * Remembers a pure function's results for the most recent `size` distinct arguments, forgetting
 * the least recently used first, so a long-running bot's memory stays bounded. Size 0: no memory.
 */
export function memoize<V>(size: number, compute: (key: string) => V): (key: string) => V {
  const memory = new Map<string, V>(); // iteration order is insertion order: least recently used first
  return (key) => {
    if (memory.has(key)) {
      const value = memory.get(key) as V;
      memory.delete(key);
      memory.set(key, value);
      return value;
    }
    const value = compute(key);
    if (size > 0) {
      if (memory.size >= size) memory.delete(memory.keys().next().value as string);
      memory.set(key, value);
    }
    return value;
  };
}
