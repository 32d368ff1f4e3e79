// The bot factory: a telegraf bot over an answer engine. No environment, no network at
// build time; main.ts runs it through the pipeline, tests feed it updates with bot.handleUpdate.
import { Telegraf, type MiddlewareFn } from "telegraf";
import type { Config } from "../config.js";
import { createTopicMemory } from "../conversation/memory.js";
import type { Engine } from "../engine/types.js";
import type { Logger } from "../logger.js";
import type { Pipeline } from "../pipeline/index.js";
import type { QuestionLog } from "../store/index.js";
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
  /** Present while questions are logged (QUESTION_LOG): questions get ids and private answers 👍/👎. */
  questionLog?: { keepDays: number };
  /** What /stats reads (the store's question log), and for whom (ADMIN_USER_IDS). */
  stats?: { log: Pick<QuestionLog, "tally">; admins: ReadonlySet<number> };
}

/** A telegraf bot that can be moved onto another engine (a knowledge reload) while it runs. */
export type ArticleBot = Telegraf<BotContext> & {
  /** Every update from now on is handled with `engine`; one already being handled finishes with the old one. */
  useEngine(engine: Engine): void;
};

export function createBot(engine: Engine, { config, logger, pipeline, questionLog, stats }: BotDependencies): ArticleBot {
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

  // Follow-ups keep working across a reload: the conversation memory outlives each engine.
  const topics = createTopicMemory();
  const routesOver = (current: Engine) =>
    routeUpdates(readerRoutes(current, { topics, admins: stats?.admins ?? new Set(), ...(stats ? { log: stats.log } : {}), ...(questionLog ? { questionLog } : {}) }));
  let routes = routesOver(engine);
  // The one place middlewares are registered: every update goes to exactly one handler.
  const route: MiddlewareFn<BotContext> = (ctx, next) => routes(ctx, next);
  if (pipeline) pipeline.install(bot, route);
  else bot.use(logUpdates(logger), route);

  return Object.assign(bot, {
    useEngine(next: Engine) {
      routes = routesOver(next);
    },
  });
}
