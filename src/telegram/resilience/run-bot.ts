import { setTimeout as sleep } from "node:timers/promises";
import type { Server } from "node:http";
import type { Context, Telegraf } from "telegraf";
import type { Resilience } from "./index.js";
import { LOG_TEXT } from "./messages.js";
import { runWithStartupRetry } from "./startup-retry.js";
import { closeServer, createWebhookServer, listen, type WebhookSettings } from "./webhook-server.js";

export interface RunningBot {
  /** Settles when the bot has stopped; rejects with a StartupError when it cannot start. */
  done: Promise<void>;
  /** Stops taking updates and waits, at most shutdownGraceMs, for those in flight. */
  stop(reason: string): Promise<void>;
}

/**
 * Starts the bot: long polling by default, or a webhook server when settings are given. Start-up
 * failures that pass (409 during a deploy, getMe/deleteWebhook/setWebhook faults) are retried.
 */
export function runBot<C extends Context>(bot: Telegraf<C>, resilience: Resilience, webhook?: WebhookSettings): RunningBot {
  const { options, logger, apiGuard, inFlight } = resilience;
  const stopping = new AbortController();
  let server: Server | undefined;

  const startWebhook = async () => {
    if (server === undefined) {
      server = createWebhookServer(bot, webhook!);
      // Listen first: Telegram starts posting as soon as setWebhook succeeds.
      await listen(server, webhook!.port, webhook!.host);
      logger.info({ port: webhook!.port }, LOG_TEXT.webhookListening);
    }
    bot.botInfo ??= await bot.telegram.getMe();
    await bot.telegram.setWebhook(webhook!.url, { secret_token: webhook!.secret });
    logger.info({ username: bot.botInfo.username }, LOG_TEXT.startedWebhook);
    await new Promise((resolve) => stopping.signal.addEventListener("abort", resolve, { once: true }));
  };
  const startPolling = () =>
    bot.launch(() => logger.info({ username: bot.botInfo?.username }, LOG_TEXT.startedPolling));

  const done = runWithStartupRetry(webhook ? startWebhook : startPolling, {
    options,
    logger,
    lastPollAt: () => apiGuard.lastPollAt,
    signal: stopping.signal,
  });
  // Handled here so a failed start is never an "unhandled rejection" before main awaits it; a
  // webhook server left listening would also keep the process from exiting.
  done.catch(() => server && closeServer(server));

  async function stop(reason: string): Promise<void> {
    logger.info({ reason, inFlight: inFlight.count }, LOG_TEXT.draining);
    stopping.abort();
    const closed = webhook ? server && closeServer(server) : stopPolling(bot);
    const finished = Promise.all([closed, done.catch(() => undefined), inFlight.drain(options.shutdownGraceMs)]);
    const timedOut = sleep(options.shutdownGraceMs, "timeout" as const, { ref: false });
    if ((await Promise.race([finished, timedOut])) === "timeout") logger.warn({ inFlight: inFlight.count }, LOG_TEXT.drainTimedOut);
  }

  return { done, stop };
}

/** bot.stop throws when polling has not begun yet (a signal during start-up): nothing to stop. */
async function stopPolling<C extends Context>(bot: Telegraf<C>): Promise<void> {
  try {
    bot.stop("shutdown");
  } catch {
    // Not polling yet.
  }
}
