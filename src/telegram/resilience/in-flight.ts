import { setTimeout as sleep } from "node:timers/promises";

/**
 * Counts updates being handled, so shutdown can wait for them (bounded) before the process exits.
 * Webhook mode needs this: closing the server does not wait for handlers. Polling mode gets the
 * same wait from telegraf's loop, and this count tells the log what was cut short, if anything.
 */
export function createInFlight() {
  let count = 0;
  let idle: Array<() => void> = [];
  return {
    get count() {
      return count;
    },
    async track<T>(work: () => Promise<T>): Promise<T> {
      count++;
      try {
        return await work();
      } finally {
        count--;
        if (count === 0) for (const resolve of idle.splice(0)) resolve();
      }
    },
    /** Resolves true once nothing is in flight, or false when `timeoutMs` passes first. */
    async drain(timeoutMs: number): Promise<boolean> {
      if (count === 0) return true;
      const ac = new AbortController();
      const drained = new Promise<boolean>((resolve) => idle.push(() => resolve(true)));
      const timedOut = sleep(timeoutMs, false, { signal: ac.signal }).catch(() => false);
      const result = await Promise.race([drained, timedOut]);
      ac.abort();
      return result;
    },
  };
}

export type InFlight = ReturnType<typeof createInFlight>;
