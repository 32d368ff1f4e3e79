// The bot factory: a telegraf bot over an answer engine. No environment, no network at
// build time; main.ts launches it, tests feed it updates with bot.handleUpdate.
import { Telegraf } from "telegraf";
import type { Config } from "../config.js";
import type { Engine } from "../engine/types.js";
import type { Logger } from "../logger.js";
import { BotContext } from "./context.js";
import { readerRoutes } from "./handlers/index.js";
import type { Resilience } from "./resilience/index.js";
import { routeUpdates } from "./router.js";
import { logUpdates } from "./update-log.js";

export interface BotDependencies {
  config: Pick<Config, "botToken" | "telegramApiRoot">;
  logger: Logger;
  /** Retries, pacing, flood and duplicate guards (main.ts); tests feeding updates may leave it out. */
  resilience?: Resilience;
}

export function createBot(engine: Engine, { config, logger, resilience }: BotDependencies): Telegraf<BotContext> {
  const bot = new Telegraf<BotContext>(config.botToken, {
    contextType: BotContext,
    telegram: { apiRoot: config.telegramApiRoot },
  });

  // A failing update is logged and dropped; it must never stop polling for the others.
  bot.catch((error, ctx) => {
    (ctx.log ?? logger).error({ err: error, update_id: ctx.update.update_id }, "update failed");
  });

  // The one place middlewares are registered, in the order an update meets them: the resilience
  // layer first (its error handler replaces the one above and also apologises), then every update
  // is logged and goes to exactly one handler.
  const route = routeUpdates(readerRoutes(engine));
  const handling = [logUpdates(logger), route];
  if (resilience) resilience.install(bot, ...handling);
  else bot.use(...handling);

  return bot;
}
