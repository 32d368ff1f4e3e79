// The real bot over the real knowledge, with a fixed botInfo (no getMe) and the Bot API
// recorded by nock. Every message text it sends is checked for valid Telegram HTML.
import { afterAll, beforeAll } from "vitest";
import type { Telegraf } from "telegraf";
import type { Update } from "telegraf/types";
import { DEFAULT_TELEGRAM_API_ROOT } from "../../src/config.js";
import { createEngine } from "../../src/engine/index.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { createLogger } from "../../src/logger.js";
import { createBot, type BotDependencies } from "../../src/telegram/bot.js";
import type { Engine } from "../../src/engine/types.js";
import type { BotContext } from "../../src/telegram/context.js";
import { type ApiCall, recordTelegramApi, type TelegramApiRecorder } from "./telegram-api-recorder.js";
import { expectSendableHtml } from "./telegram-html.js";
import { BOT_INFO } from "./updates.js";

export const TEST_TOKEN = "123456789:TEST-token-for-nock-only_abcdefghijk";
export const engine = createEngine(loadKnowledge());
/** The article's answer to "where is Volkov based?" (sentence 9.1), quoted verbatim. */
export const VOLKOV_SENTENCE = "Volkov, who is based in Lithuania, is one of several Navalny allies now abroad or under house arrest in Russia.";

export interface TestBot {
  bot: Telegraf<BotContext>;
  /** Feeds one update to the bot and returns the API calls it made for it. */
  send(update: Update): Promise<ApiCall[]>;
  /** The sendMessage bodies made for the last update. */
  sent(update: Update): Promise<Array<Record<string, any>>>;
}

/**
 * Call in a describe block: the Bot API is recorded for the block's tests, then released. The bot
 * answers from the real knowledge unless given an engine over a fixture; it logs no question unless
 * given a question log (and /stats a store to read).
 */
export function useTestBot({
  logger = createLogger({ level: "silent" }),
  failing = [] as string[],
  over = engine as Engine,
  curation = {} as Pick<BotDependencies, "questionLog" | "stats">,
} = {}): TestBot {
  let api: TelegramApiRecorder | undefined;
  beforeAll(() => void (api = recordTelegramApi(TEST_TOKEN, { failing })));
  afterAll(() => api?.stop());
  const bot = createBot(over, { config: { botToken: TEST_TOKEN, telegramApiRoot: DEFAULT_TELEGRAM_API_ROOT }, logger, ...curation });
  bot.botInfo = BOT_INFO;

  async function send(update: Update): Promise<ApiCall[]> {
    if (!api) throw new Error("useTestBot() must be called inside a describe block");
    api.clear();
    await bot.handleUpdate(update);
    const calls = [...api.calls];
    calls.forEach(expectSendableCall);
    return calls;
  }
  return {
    bot,
    send,
    sent: async (update) => (await send(update)).filter((call) => call.method === "sendMessage").map((call) => call.body),
  };
}

function expectSendableCall(call: ApiCall): void {
  if (call.method === "sendMessage") expectSendableHtml(call.body.text);
  if (call.method === "answerInlineQuery") {
    for (const result of call.body.results) expectSendableHtml(result.input_message_content.message_text);
  }
}
