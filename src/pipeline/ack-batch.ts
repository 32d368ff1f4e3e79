import type { Logger } from "../logger.js";
import type { Outbox } from "../store/index.js";
import { LOG_TEXT } from "./messages.js";

const RETRY_MS = 1000;
/** Removals wait this long for company, or until there are FULL_BATCH of them. */
const GATHER_MS = 20;
const FULL_BATCH = 100;

/**
 * Removes sent (or dropped) calls from the store in one statement every few milliseconds, not one
 * per call: each statement is a commit (10 µs a reply, measured). A crash in between resends what
 * was already sent: at most the last 20 ms of replies.
 */
export function createAckBatch(outbox: Outbox, logger: Logger) {
  let ids: number[] = [];
  let flushing: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const schedule = (delayMs: number) => {
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      void flush();
    }, delayMs).unref();
  };

  async function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    while (flushing) await flushing;
    if (ids.length === 0) return;
    const batch = ids;
    ids = [];
    flushing = outbox.remove(batch).catch((err: unknown) => {
      logger.error({ err, count: batch.length }, LOG_TEXT.storeFailed);
      // Until they are removed, a restart would send these once more.
      ids.push(...batch);
      schedule(RETRY_MS);
    });
    await flushing;
    flushing = undefined;
  }

  return {
    add(id: number): void {
      if (ids.push(id) >= FULL_BATCH) void flush();
      else schedule(GATHER_MS);
    },
    flush,
  };
}
