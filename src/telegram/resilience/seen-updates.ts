/**
 * Remembers the last `capacity` update ids. telegraf re-reads a whole batch from offset 0 after
 * polling restarts (a 409 during a deploy, a failed start), so updates already answered can come
 * again; a ring buffer plus a set keeps the memory fixed whatever the traffic.
 */
export function createSeenUpdates(capacity: number) {
  const ids = new Set<number>();
  const ring: number[] = new Array<number>(capacity);
  let next = 0;
  return {
    /** True the first time an id is offered, false on every repeat while it is remembered. */
    firstTime(updateId: number): boolean {
      if (ids.has(updateId)) return false;
      const evicted = ring[next];
      if (evicted !== undefined) ids.delete(evicted);
      ring[next] = updateId;
      next = (next + 1) % capacity;
      ids.add(updateId);
      return true;
    },
  };
}
