// The benchmark's baseline: a bare telegraf bot that echoes text. With BENCH_PIPELINE=on the
// echo goes through our pipeline (store, outbox, sender, logging) and nothing else, so the
// pipeline's own cost can be read apart from the engine's. Run as its own process by bot-bench.ts.
import { Telegraf } from "telegraf";
import { createConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { createPipeline } from "../pipeline/index.js";
import { createStore } from "../store/index.js";
import { BotContext } from "../telegram/context.js";

const config = createConfig(process.env);
const bot = new Telegraf<BotContext>(config.botToken, { contextType: BotContext, telegram: { apiRoot: config.telegramApiRoot } });
const echo = async (ctx: BotContext) => {
  if (ctx.message && "text" in ctx.message) await ctx.reply(ctx.message.text);
};
if (process.env.BENCH_PIPELINE === "on") {
  const logger = createLogger({ level: config.logLevel, secrets: [config.botToken], format: config.logFormat });
  const store = await createStore({ database: config.database, secret: config.botToken });
  const pipeline = createPipeline({ store, options: config.pipeline, logger, telegram: { apiRoot: config.telegramApiRoot, token: config.botToken } });
  pipeline.install(bot, echo);
  const running = pipeline.run(bot, {});
  process.once("SIGTERM", () => void running.stop("SIGTERM").then(() => store.close()));
} else {
  bot.on("text", echo);
  process.once("SIGTERM", () => bot.stop("SIGTERM"));
  await bot.launch();
}
