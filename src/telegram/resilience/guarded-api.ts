import { setTimeout as sleep } from "node:timers/promises";
import type { Telegram } from "telegraf";
import type { Logger } from "pino";
import { describeFailure } from "./api-errors.js";
import { LOG_TEXT } from "./messages.js";
import type { ResilienceOptions } from "./options.js";
import { createPacer, isPacedMethod } from "./pacer.js";
import { callWithRetry, RetriesExhaustedError } from "./retry-call.js";

/**
 * Puts pacing and retries around a Telegram client's callApi, the one method every API call goes
 * through. telegraf builds a new Telegram for every update (Telegraf#handleUpdate), so each
 * update's client is guarded by middleware, and bot.telegram (getMe, deleteWebhook, setWebhook,
 * getUpdates) once at start. The pacer is shared, so the limits hold across all of them.
 */
export interface ApiGuard {
  guard(telegram: Telegram, updateId?: number): void;
  /** When getUpdates last succeeded (ms since epoch; 0 before any): polling is healthy again. */
  readonly lastPollAt: number;
}

const STARTUP_METHODS = new Set(["getMe", "deleteWebhook", "setWebhook"]);

type CallApi = (method: string, payload: Record<string, unknown>, extra?: unknown) => Promise<unknown>;

export function createApiGuard(options: ResilienceOptions, logger: Logger): ApiGuard {
  const pacer = createPacer(options.pacing);
  let lastPollAt = 0;

  function guard(telegram: Telegram, updateId?: number): void {
    const raw = telegram.callApi.bind(telegram) as unknown as CallApi;
    const guarded: CallApi = async (method, payload, extra) => {
      // The poller retries getUpdates itself and must stay abortable at once on shutdown.
      if (method === "getUpdates") {
        const result = await raw(method, payload, extra);
        lastPollAt = Date.now();
        return result;
      }
      // runWithStartupRetry retries the whole start, for longer; retrying here too would nest.
      if (STARTUP_METHODS.has(method)) return raw(method, payload, extra);
      const chatId = payload?.chat_id as number | string | undefined;
      const paced = chatId !== undefined && isPacedMethod(method);
      // Not async: one promise less per message, and a message rarely waits.
      const attempt = () => {
        const waitMs = paced ? pacer.reserve(chatId) : 0;
        return waitMs > 0 ? sleep(waitMs).then(() => raw(method, payload, extra)) : raw(method, payload, extra);
      };
      try {
        return await callWithRetry(attempt, options.retry, (failure, attemptNo, delayMs) =>
          logger.warn({ method, update_id: updateId, attempt: attemptNo, delayMs: Math.round(delayMs), failure: describeFailure(failure) }, LOG_TEXT.apiRetrying),
        );
      } catch (error) {
        if (error instanceof RetriesExhaustedError) {
          logger.error({ method, update_id: updateId, attempts: error.attempts, failure: describeFailure(error.failure) }, LOG_TEXT.apiGaveUp);
        }
        throw error;
      }
    };
    telegram.callApi = guarded as unknown as Telegram["callApi"];
  }

  return {
    guard,
    get lastPollAt() {
      return lastPollAt;
    },
  };
}
