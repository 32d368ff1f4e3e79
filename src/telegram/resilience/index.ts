import type { Context, Middleware, Telegraf } from "telegraf";
import type { Logger } from "pino";
import { limitQuestions } from "./flood-limit.js";
import { createApiGuard } from "./guarded-api.js";
import { createHandlerErrorReporter } from "./handler-errors.js";
import { createInFlight } from "./in-flight.js";
import type { ResilienceOptions } from "./options.js";
import { createSeenUpdates } from "./seen-updates.js";

export { DEFAULT_RESILIENCE, resilienceOptions, resilienceOptionsFromEnv, type ResilienceOptions } from "./options.js";
export { runBot, type RunningBot } from "./run-bot.js";
export { StartupError } from "./startup-retry.js";
export type { WebhookSettings } from "./webhook-server.js";

/**
 * Everything that keeps the bot answering through Telegram's faults and limits, made once in
 * main.ts and handed to the bot factory (install) and to the runner (runBot), which share it.
 */
export function createResilience(options: ResilienceOptions, logger: Logger) {
  const apiGuard = createApiGuard(options, logger);
  const inFlight = createInFlight();
  const reportError = createHandlerErrorReporter(logger);
  return {
    options,
    logger,
    apiGuard,
    inFlight,
    /**
     * Call in the bot factory before any handler: this middleware must wrap every update. The bot's
     * own middlewares may come along, to be registered after it in the same bot.use: each bot.use
     * nests another level of telegraf's async composition around every update.
     */
    install<C extends Context>(bot: Telegraf<C>, ...inner: Middleware<C>[]): void {
      apiGuard.guard(bot.telegram);
      // Covers what escapes the middleware below, such as telegraf's own handler timeout.
      bot.catch(reportError);
      const seen = createSeenUpdates(options.seenUpdates);
      const questions = limitQuestions(options.flood);
      // One middleware rather than one per guard, for the same reason.
      const guardUpdate: Middleware<C> = (ctx, next) =>
        inFlight.track(async () => {
          apiGuard.guard(ctx.telegram, ctx.update.update_id);
          try {
            // Taken in once, whether its handling finished or not.
            if (!seen.firstTime(ctx.update.update_id)) return;
            // Private chats only: in a group not every message is a question to the bot.
            await (ctx.chat?.type === "private" ? questions(ctx, next) : next());
          } catch (error) {
            await reportError(error, ctx);
          }
        });
      bot.use(guardUpdate, ...inner);
    },
  };
}

export type Resilience = ReturnType<typeof createResilience>;
