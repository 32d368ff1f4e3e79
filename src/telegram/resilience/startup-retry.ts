import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "pino";
import { classifyApiError, describeFailure, isTransient } from "./api-errors.js";
import { STARTUP_TEXT } from "./messages.js";
import type { ResilienceOptions } from "./options.js";
import { backoffMs, retryDelayMs } from "./retry-call.js";

/** A start that cannot succeed by waiting; main logs its message and exits non-zero. */
export class StartupError extends Error {
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = "StartupError";
  }
}

export interface StartupRetryDeps {
  options: ResilienceOptions;
  logger: Logger;
  /** When polling last worked; a failure after that starts a fresh retry period. */
  lastPollAt: () => number;
  /** Aborted on shutdown: stop retrying and return quietly. */
  signal?: AbortSignal;
}

/**
 * Runs `run` (bot.launch() for polling, which resolves only once polling stops) again while it
 * fails in ways that pass: 409 Conflict (the previous instance still polling during a deploy),
 * 429, 5xx and network errors from getMe, deleteWebhook or setWebhook. 401 fails at once; the
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
      if (signal?.aborted) return;
      const failure = classifyApiError(error);
      if (failure.kind === "unauthorized") throw new StartupError(STARTUP_TEXT.unauthorized, error);
      const now = Date.now();
      if (deps.lastPollAt() > failingSince) {
        failingSince = now;
        attempt = 0;
      }
      attempt++;
      const cause = describeFailure(failure);
      const passing = failure.kind === "conflict" || isTransient(failure);
      const remainingMs = failingSince + options.startupRetryMs - now;
      if (!passing) throw new StartupError(STARTUP_TEXT.failed(errorMessage(error)), error);
      if (remainingMs <= 0) {
        const hint = failure.kind === "conflict" ? STARTUP_TEXT.conflictHint : "";
        throw new StartupError(STARTUP_TEXT.gaveUp(Math.ceil(options.startupRetryMs / 1000), cause) + hint, error);
      }
      const policy = { ...options.retry, maxAttempts: Number.POSITIVE_INFINITY };
      const delayMs = Math.min(remainingMs, retryDelayMs(failure, attempt, policy) ?? backoffMs(attempt, policy));
      logger.warn({ failure: cause, attempt, delayMs: Math.round(delayMs) }, STARTUP_TEXT.retrying);
      await sleep(delayMs, undefined, { signal }).catch(() => undefined);
      if (signal?.aborted) return;
    }
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
