// Receiving by long polling: fetch a batch, store every update's replies, then fetch the next,
// which confirms the batch to Telegram. Storing takes milliseconds, so no chat waits on another.
import { setTimeout as sleep } from "node:timers/promises";
import type { Update } from "telegraf/types";
import type { Logger } from "../logger.js";
import { describeFailure, failureOf, type BotApi } from "./bot-api.js";
import type { Receipt } from "./handling.js";
import { LOG_TEXT } from "./messages.js";
import type { PipelineOptions } from "./options.js";
import { backoffMs } from "./sender.js";

export interface PollingDeps {
  api: BotApi;
  options: PipelineOptions;
  logger: Logger;
  receive(update: Update): Promise<Receipt>;
  /** Resolves when the outbox has room for more: until then updates wait at Telegram. */
  room(): Promise<void>;
  /** Told after each getUpdates that worked (the health endpoint reads it). */
  polled(): void;
}

/** Polls until `signal` aborts. Throws 409 and 401, which the start-up retry deals with. */
export async function poll({ api, options, logger, receive, room, polled }: PollingDeps, signal: AbortSignal): Promise<void> {
  const timeoutMs = options.pollTimeoutSeconds * 1000 + options.pollMarginMs;
  let offset = 0;
  let failures = 0;
  const pause = (ms: number) => sleep(ms, undefined, { signal }).catch(() => undefined);
  while (!signal.aborted) {
    await room();
    let updates: Update[];
    try {
      const payload = { offset, limit: 100, timeout: options.pollTimeoutSeconds };
      updates = (await api.call("getUpdates", payload, { timeoutMs, signal })) as Update[];
      polled();
      failures = 0;
    } catch (error) {
      if (signal.aborted) return;
      const failure = failureOf(error);
      if (failure.kind === "conflict" || failure.kind === "unauthorized") throw error;
      failures++;
      const delay = failure.kind === "rate-limited" ? failure.retryAfterSeconds * options.retry.retryAfterUnitMs : backoffMs(failures, options.retry);
      logger.warn({ failure: describeFailure(failure), attempt: failures, delay_ms: Math.round(delay) }, LOG_TEXT.pollFailed);
      await pause(delay);
      continue;
    }
    try {
      await Promise.all(updates.map(receive));
    } catch {
      // The store failed (logged per update): the batch stays unconfirmed and comes again.
      await pause(backoffMs(++failures, options.retry));
      continue;
    }
    const last = updates.at(-1);
    if (last !== undefined) offset = last.update_id + 1;
  }
}
