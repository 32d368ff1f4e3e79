import { createServer } from "node:net";
import type { Logger } from "pino";
import { Telegraf, type Context } from "telegraf";
import { startFakeBotApi, type FakeBotApi } from "../../src/bench/fake-bot-api.js";
import { createLogger } from "../../src/logger.js";
import { createResilience, resilienceOptions, runBot, type RunningBot } from "../../src/telegram/resilience/index.js";
import type { DeepPartial, ResilienceOptions } from "../../src/telegram/resilience/options.js";
import type { WebhookSettings } from "../../src/telegram/resilience/webhook-server.js";

/** Shaped like a real token so any leak of it into a log line would be visible. */
export const TOKEN = "123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-Fz";

/** Short waits everywhere, so fault scenarios run in milliseconds (pacing has its own tests). */
export const FAST: DeepPartial<ResilienceOptions> = {
  retry: { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20, retryAfterUnitMs: 20 },
  pacing: { chatPerSecond: 1000, groupPerMinute: 60_000, globalPerSecond: 0 },
  startupRetryMs: 3000,
  shutdownGraceMs: 2000,
};

export interface LogCapture {
  logger: Logger;
  lines: () => Array<Record<string, unknown>>;
  text: () => string;
}

/** The worker's own logger (with its token masking), writing into a string. */
export function captureLogs(): LogCapture {
  let text = "";
  const logger = createLogger({ level: "debug", secrets: [TOKEN], destination: { write: (line: string) => void (text += line) } });
  return {
    logger,
    text: () => text,
    lines: () => text.split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

export interface TestBot {
  api: FakeBotApi;
  bot: Telegraf;
  running: RunningBot;
  logs: LogCapture;
  /** Texts the bot sent, in order. */
  replies(): string[];
  stop(): Promise<void>;
}

/**
 * A real telegraf bot with the resilience layer, polling a fake Bot API on 127.0.0.1. The
 * handler defaults to an echo; `prepare` can script faults before the bot starts.
 */
export async function startTestBot({
  handler = async (ctx: Context): Promise<unknown> => ctx.reply(`echo: ${ctx.text ?? ""}`),
  options = {} as DeepPartial<ResilienceOptions>,
  prepare = (_api: FakeBotApi) => {},
  logs = captureLogs(),
  webhook = undefined as WebhookSettings | undefined,
} = {}): Promise<TestBot> {
  const api = await startFakeBotApi({ maxHoldMs: 100 });
  prepare(api);
  const merged = resilienceOptions({ ...FAST, ...options, retry: { ...FAST.retry, ...options.retry } });
  const resilience = createResilience(merged, logs.logger);
  const bot = new Telegraf(TOKEN, { telegram: { apiRoot: api.url } });
  resilience.install(bot);
  bot.on("message", async (ctx) => {
    await handler(ctx);
  });
  const running = runBot(bot, resilience, webhook);
  running.done.catch(() => undefined);
  return {
    api,
    bot,
    running,
    logs,
    replies: () => api.calls.filter((c) => c.ok && c.method === "sendMessage").map((c) => String(c.payload.text)),
    async stop() {
      await running.stop("test over");
      await api.close();
    },
  };
}

/** A port nothing listens on right now, for a webhook server under test. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export async function waitUntil(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
