import { createServer } from "node:net";
import type { Logger } from "pino";
import { Telegraf } from "telegraf";
import { startFakeBotApi, type FakeBotApi } from "../../src/bench/fake-bot-api.js";
import { createLogger } from "../../src/logger.js";
import { createPipeline, pipelineOptions, type Pipeline, type Receiving, type RunningBot } from "../../src/pipeline/index.js";
import type { DeepPartial, PipelineOptions } from "../../src/pipeline/options.js";
import { createStore, type DatabaseSettings, type Store } from "../../src/store/index.js";
import { BotContext } from "../../src/telegram/context.js";
import { STORE_BACKENDS } from "../helpers/stores.js";

/** Shaped like a real token so any leak of it into a log line would be visible. */
export const TOKEN = "123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-Fz";

/** Short waits everywhere, so fault scenarios run in milliseconds (pacing has its own tests). */
export const FAST: DeepPartial<PipelineOptions> = {
  retry: { baseDelayMs: 5, maxDelayMs: 20, retryAfterUnitMs: 20 },
  pacing: { chatPerSecond: 1000, groupPerMinute: 60_000, globalPerSecond: 0 },
  callTimeoutMs: 500,
  pollTimeoutSeconds: 1,
  pollMarginMs: 500,
  replyTtlMs: 5000,
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
  bot: Telegraf<BotContext>;
  store: Store;
  running: RunningBot;
  logs: LogCapture;
  /** Texts the bot got accepted, in order. */
  replies(): string[];
  /** The same, to one chat. */
  repliesTo(chatId: number): string[];
  stop(): Promise<void>;
}

const echo = async (ctx: BotContext): Promise<unknown> => ctx.reply(`echo: ${ctx.text ?? ""}`);

/** A bare telegraf bot whose one middleware is `handler`, under the pipeline. */
function botWith(handler: (ctx: BotContext) => Promise<unknown>) {
  return ({ pipeline, apiRoot }: { pipeline: Pipeline; apiRoot: string; logger: Logger; store: Store }) => {
    const bot = new Telegraf<BotContext>(TOKEN, { contextType: BotContext, telegram: { apiRoot } });
    pipeline.install(bot, async (ctx) => void (await handler(ctx)));
    return bot;
  };
}

/**
 * A real telegraf bot under the real pipeline, with a real store (SQLite unless given), polling a
 * fake Bot API on 127.0.0.1 (or taking a webhook). The handler defaults to an echo (or `makeBot`
 * builds the bot, such as the real one); `prepare` can script faults before the bot starts.
 */
export async function startTestBot({
  handler = echo,
  makeBot = botWith(handler),
  options = {} as DeepPartial<PipelineOptions>,
  prepare = (_api: FakeBotApi) => {},
  logs = captureLogs(),
  receiving = {} as Receiving,
  database = undefined as DatabaseSettings | undefined,
} = {}): Promise<TestBot> {
  const api = await startFakeBotApi({ maxHoldMs: 100 });
  prepare(api);
  const store = await createStore({ database: database ?? (await STORE_BACKENDS[0]!.fresh()), secret: TOKEN });
  const merged = pipelineOptions({ ...FAST, ...options, retry: { ...FAST.retry, ...options.retry }, pacing: { ...FAST.pacing, ...options.pacing } });
  const pipeline = createPipeline({ store, options: merged, logger: logs.logger, telegram: { apiRoot: api.url, token: TOKEN } });
  const bot = makeBot({ pipeline, apiRoot: api.url, logger: logs.logger, store });
  const running = pipeline.run(bot, receiving);
  running.done.catch(() => undefined);
  const sent = (chatId?: number) =>
    api.calls
      .filter((c) => c.ok && c.method === "sendMessage" && (chatId === undefined || c.payload.chat_id === chatId))
      .map((c) => String(c.payload.text));
  return {
    api,
    bot,
    store,
    running,
    logs,
    replies: () => sent(),
    repliesTo: (chatId) => sent(chatId),
    async stop() {
      await running.stop("test over");
      await store.close();
      await api.close();
    },
  };
}

/** A port nothing listens on right now, for a server under test. */
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
