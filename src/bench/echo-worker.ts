// The benchmark's baseline: a bare telegraf bot that echoes text. With BENCH_RESILIENCE=on it
// gets our resilience layer and nothing else, so that layer's own cost can be read apart from
// the engine's. Run as its own process by bot-bench.ts, which sets the environment.
import { pino } from "pino";
import { Telegraf } from "telegraf";
import { createResilience, resilienceOptionsFromEnv, runBot } from "../telegram/resilience/index.js";

const bot = new Telegraf(process.env.BOT_TOKEN ?? "", { telegram: { apiRoot: process.env.TELEGRAM_API_ROOT } });
if (process.env.BENCH_RESILIENCE === "on") {
  const resilience = createResilience(resilienceOptionsFromEnv(process.env), pino({ level: "warn" }));
  resilience.install(bot);
  bot.on("text", (ctx) => ctx.reply(ctx.message.text));
  const running = runBot(bot, resilience);
  process.once("SIGTERM", () => void running.stop("SIGTERM"));
} else {
  bot.on("text", (ctx) => ctx.reply(ctx.message.text));
  process.once("SIGTERM", () => bot.stop("SIGTERM"));
  await bot.launch();
}
