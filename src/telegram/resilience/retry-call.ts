import { setTimeout as sleep } from "node:timers/promises";
import { classifyApiError, isTransient, type ApiFailure } from "./api-errors.js";
import type { ResilienceOptions } from "./options.js";

export type RetryPolicy = ResilienceOptions["retry"];

/** Raised once the attempts are used up, so callers can tell "we tried" from a plain failure. */
export class RetriesExhaustedError extends Error {
  constructor(
    readonly lastError: unknown,
    readonly failure: ApiFailure,
    readonly attempts: number,
  ) {
    super(`gave up after ${attempts} attempts: ${lastError instanceof Error ? lastError.message : String(lastError)}`);
    this.name = "RetriesExhaustedError";
  }
}

/**
 * How long to wait before attempt `attempt + 1`, or undefined to stop. A 429 waits exactly what
 * Telegram asked; 5xx and network faults back off exponentially with "equal jitter" (half fixed,
 * half random) so many chats retrying at once spread out but never retry immediately.
 */
export function retryDelayMs(failure: ApiFailure, attempt: number, policy: RetryPolicy): number | undefined {
  if (!isTransient(failure) || attempt >= policy.maxAttempts) return undefined;
  if (failure.kind === "rate-limited") return failure.retryAfterSeconds * policy.retryAfterUnitMs;
  return backoffMs(attempt, policy);
}

/** Exponential backoff with "equal jitter" after the `attempt`-th failure. */
export function backoffMs(attempt: number, policy: RetryPolicy): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

/**
 * Runs `call` until it succeeds, a failure is not worth retrying (4xx other than 429: thrown as
 * is), or the attempts run out (RetriesExhaustedError). `onRetry` sees each wait, for logging.
 */
export async function callWithRetry<T>(
  call: () => Promise<T>,
  policy: RetryPolicy,
  onRetry?: (failure: ApiFailure, attempt: number, delayMs: number) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const failure = classifyApiError(error);
      const delayMs = retryDelayMs(failure, attempt, policy);
      if (delayMs === undefined) {
        if (isTransient(failure)) throw new RetriesExhaustedError(error, failure, attempt);
        throw error;
      }
      onRetry?.(failure, attempt, delayMs);
      await sleep(delayMs);
    }
  }
}
