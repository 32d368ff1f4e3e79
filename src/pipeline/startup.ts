import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "../logger.js";
import { deliveryOf, describeFailure, failureOf } from "./bot-api.js";
import { STARTUP_TEXT } from "./messages.js";
import type { PipelineOptions } from "./options.js";
import { backoffMs } from "./sender.js";

/** A start that cannot succeed by waiting; main logs its message and exits non-zero. */
export class StartupError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = "StartupError";
  }
}

export interface StartupRetryDeps {
  options: PipelineOptions;
  logger: Logger;
  /** When polling last worked; a failure after that starts a fresh retry period. */
  lastPollAt: () => number;
  /** Aborted on shutdown: stop retrying and return quietly. */
  signal: AbortSignal;
}

/**
 * Runs `run` (start-up, then polling until it stops) again while it fails in ways that pass:
 * 409 Conflict (the previous instance still polling during a deploy), 429, 5xx, network errors and
 * a proxy's HTML page from getMe, deleteWebhook or setWebhook. 401 and other 4xx fail at once; the
 * rest fail once they have lasted `startupRetryMs`.
 */
export async function runWithStartupRetry(run: () => Promise<void>, deps: StartupRetryDeps): Promise<void> {
  const { options, logger, signal } = deps;
  let failingSince = Number.NEGATIVE_INFINITY;
  let attempt = 0;
  for (;;) {
    try {
      await run();
      return;
    } catch (error) {
      if (signal.aborted) return;
      const failure = failureOf(error);
      if (failure.kind === "unauthorized") throw new StartupError(STARTUP_TEXT.unauthorized, error);
      const now = Date.now();
      if (deps.lastPollAt() > failingSince) {
        failingSince = now;
        attempt = 0;
      }
      attempt++;
      const cause = describeFailure(failure);
      // A proxy's page instead of the Bot API's answer may pass too (a proxy starting up).
      const passing = failure.kind === "conflict" || failure.kind === "not-telegram" || deliveryOf(failure) !== "final";
      if (!passing) throw new StartupError(STARTUP_TEXT.failed(error instanceof Error ? error.message : String(error)), error);
      const remainingMs = failingSince + options.startupRetryMs - now;
      if (remainingMs <= 0) {
        const hint = failure.kind === "conflict" ? STARTUP_TEXT.conflictHint : "";
        throw new StartupError(STARTUP_TEXT.gaveUp(Math.ceil(options.startupRetryMs / 1000), cause) + hint, error);
      }
      const wait = failure.kind === "rate-limited" ? failure.retryAfterSeconds * options.retry.retryAfterUnitMs : backoffMs(attempt, options.retry);
      const delayMs = Math.min(remainingMs, wait);
      logger.warn({ failure: cause, attempt, delay_ms: Math.round(delayMs) }, STARTUP_TEXT.retrying);
      await sleep(delayMs, undefined, { signal }).catch(() => undefined);
      if (signal.aborted) return;
    }
  }
}
