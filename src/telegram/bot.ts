// The bot factory: a telegraf bot over an answer engine. No environment, no network at
// build time; main.ts runs it through the pipeline, tests feed it updates with bot.handleUpdate.
import { Telegraf } from "telegraf";
import type { Config } from "../config.js";
import type { Engine } from "../engine/types.js";
import type { Logger } from "../logger.js";
import type { Pipeline } from "../pipeline/index.js";
import { BotContext } from "./context.js";
import { readerRoutes } from "./handlers/index.js";
import { routeUpdates } from "./router.js";
import { logUpdates } from "./update-log.js";

export interface BotDependencies {
  config: Pick<Config, "botToken" | "telegramApiRoot">;
  logger: Logger;
  /**
   * Receiving, the outbox and sending (main.ts). Without it (handler tests feeding updates) the
   * handlers' calls go straight to the Bot API and each update is logged when its handler is done.
   */
  pipeline?: Pick<Pipeline, "install">;
}

export function createBot(engine: Engine, { config, logger, pipeline }: BotDependencies): Telegraf<BotContext> {
  const bot = new Telegraf<BotContext>(config.botToken, {
    contextType: BotContext,
    // Replies go through calls whose results are checked, never inside a webhook's response.
    telegram: { apiRoot: config.telegramApiRoot, webhookReply: false },
    // Under the pipeline handling never waits on Telegram (calls are stored), so a 90 s timer per update is moot.
    ...(pipeline ? { handlerTimeout: Number.POSITIVE_INFINITY } : {}),
  });

  // A failing update is logged and dropped; it must never stop the others.
  bot.catch((error, ctx) => {
    (ctx.log ?? logger).error({ err: error, update_id: ctx.update.update_id }, "update failed");
  });

  // The one place middlewares are registered: every update goes to exactly one handler.
  const route = routeUpdates(readerRoutes(engine));
  if (pipeline) pipeline.install(bot, route);
  else bot.use(logUpdates(logger), route);

  return bot;
}
