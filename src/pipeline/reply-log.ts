// What the sender says about each reply it is done with: sent (at debug, or at info when it was
// slow or retried, so the wait until Telegram accepted it is logged apart from the update's line),
// or given up (one error line). A summary of the minute goes out with the sweep.
import type { Logger } from "../logger.js";
import type { StoredCall } from "../store/index.js";
import { describeFailure, type Failure } from "./bot-api.js";
import { LOG_TEXT } from "./messages.js";

/** A reply that waited this long, or needed more than one try, gets its own line at info level. */
export const SLOW_REPLY_MS = 1000;

export type DropReason = Failure | { kind: "expired"; last?: Failure };

export function createReplyLog(logger: Logger) {
  let stats = { sent: 0, dropped: 0, waitTotalMs: 0, waitMaxMs: 0 };
  const fields = (call: StoredCall, waitMs: number) => ({ update_id: call.updateId, method: call.method, attempts: call.attempts, wait_ms: waitMs });

  return {
    sent(call: StoredCall, waitMs: number): void {
      stats.sent++;
      stats.waitTotalMs += waitMs;
      stats.waitMaxMs = Math.max(stats.waitMaxMs, waitMs);
      // Two info lines per update cost the worker 5% of its CPU at full speed: the second only when it says something.
      if (call.attempts > 1 || waitMs >= SLOW_REPLY_MS) logger.info(fields(call, waitMs), LOG_TEXT.sent);
      else if (logger.isLevelEnabled("debug")) logger.debug(fields(call, waitMs), LOG_TEXT.sent);
    },

    dropped(call: StoredCall, waitMs: number, why: DropReason): void {
      stats.dropped++;
      if (why.kind === "expired") {
        logger.error({ ...fields(call, waitMs), failure: why.last && describeFailure(why.last) }, LOG_TEXT.expired);
        return;
      }
      // A reader who blocked the bot is no fault of ours: a warning, not an error.
      const level = why.kind === "rejected" && why.status === 403 ? "warn" : "error";
      logger[level]({ ...fields(call, waitMs), failure: describeFailure(why) }, LOG_TEXT.dropped);
    },

    /** One line for the replies done with since the last summary, if any; `outbox` is what still waits. */
    summarize(outbox: number): void {
      const { sent, dropped, waitTotalMs, waitMaxMs } = stats;
      stats = { sent: 0, dropped: 0, waitTotalMs: 0, waitMaxMs: 0 };
      if (sent + dropped === 0) return;
      const wait_avg_ms = sent === 0 ? undefined : Math.round(waitTotalMs / sent);
      logger.info({ sent, dropped, wait_avg_ms, wait_max_ms: waitMaxMs, outbox }, LOG_TEXT.summary);
    },
  };
}
