import type { Logger } from "../logger.js";
import type { Outbox } from "../store/index.js";
import { LOG_TEXT } from "./messages.js";

const RETRY_MS = 1000;

/**
 * Removes sent (or dropped) calls from the store in one statement per turn of the event loop,
 * not one per call. A crash in between resends what was already sent: a window of milliseconds.
 */
export function createAckBatch(outbox: Outbox, logger: Logger) {
  let ids: number[] = [];
  let flushing: Promise<void> | undefined;
  let scheduled = false;

  const schedule = (delayMs: number) => {
    if (scheduled) return;
    scheduled = true;
    const run = () => {
      scheduled = false;
      void flush();
    };
    if (delayMs === 0) setImmediate(run);
    else setTimeout(run, delayMs).unref();
  };

  async function flush(): Promise<void> {
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
      ids.push(id);
      schedule(0);
    },
    flush,
  };
}
