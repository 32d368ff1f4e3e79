// End to end: the built worker, as `npm start` runs it, against local stand-ins for the Bot API.
import { createServer } from "node:net";
// The package main re-exports the class only as module.exports, which TypeScript cannot type.
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFakeBotApi, type FakeBotApi } from "../../src/bench/fake-bot-api.js";
import { expectSendableHtml, visibleText } from "../helpers/telegram-html.js";
import type { Update } from "telegraf/types";
import { MESSAGES } from "../../src/telegram/messages/index.js";
import { VOLKOV_SENTENCE, engine } from "../helpers/test-bot.js";
import { startPollingBrake, type PollingBrake } from "../helpers/polling-brake.js";
import { buildWorker, startWorker, type WorkerProcess } from "../helpers/worker-process.js";

const TOKEN = "123456789:E2E-token-for-local-stand-ins_abcdef";
const JAILED_SENTENCE = "He was jailed on February 2 for violating parole on what he said were trumped-up charges.";

beforeAll(buildWorker, 120_000);

describe("the worker against telegram-test-api (an emulated Bot API on 127.0.0.1)", () => {
  let server: TelegramServer;
  let brake: PollingBrake;
  let worker: WorkerProcess;

  beforeAll(async () => {
    server = new TelegramServer({ port: await freePort(), host: "127.0.0.1" });
    await server.start();
    brake = await startPollingBrake(server.config.apiURL);
    // Messages sent before the worker polls wait in the server's queue, as they would at Telegram.
    worker = startWorker({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: brake.url, LOG_LEVEL: "info" });
  });

  afterAll(async () => {
    await worker?.stop();
    await brake?.close();
    await server?.stop();
  });

  const client = () => server.getClient(TOKEN, { timeout: 10_000 });

  /** The bot's messages to the test user, waited for. */
  async function botReplies(): Promise<Array<Record<string, any>>> {
    const updates = await client().getUpdates();
    // The emulator keeps a sent message's id beside it, as messageId.
    const messages: Array<Record<string, any>> = updates.result.map((sent: { message: object; messageId: number }) => ({
      ...sent.message,
      message_id: sent.messageId,
    }));
    for (const message of messages) expectSendableHtml(message.text);
    return messages;
  }

  it("answers a question with the cited sentence, in HTML, with buttons", async () => {
    const user = client();
    await user.sendMessage(user.makeMessage("where is volkov based"));
    const [reply] = await botReplies();
    expect(reply).toMatchObject({ parse_mode: "HTML" });
    expect(reply?.text).toContain(VOLKOV_SENTENCE);
    expect(reply?.reply_markup.inline_keyboard[0][0].callback_data).toMatch(/^ctx:9\.1(;|$)/);
  });

  // The emulator answers setMyCommands with a 500, which the worker retries with backoff first.
  it("keeps running, with a warning, when the API refuses setMyCommands", async () => {
    await worker.waitForOutput("could not set the command menu", 25_000);
    const user = client();
    await user.sendCommand(user.makeCommand("/about"));
    expect(await botReplies()).toHaveLength(1);
  }, 30_000);

  it("answers /help", async () => {
    const user = client();
    await user.sendCommand(user.makeCommand("/help"));
    const [reply] = await botReplies();
    expect(reply?.text).toContain("/ask");
  });

  it("shows the paragraph and its neighbours when Show context is pressed", async () => {
    const user = client();
    await user.sendMessage(user.makeMessage("where is volkov based"));
    const [answer] = await botReplies();
    const showContext = answer?.reply_markup.inline_keyboard[0][0].callback_data;
    await user.sendCallback(user.makeCallbackQuery(showContext, { message: { message_id: answer?.message_id } }));
    const [context] = await botReplies();
    const [eight, nine, ten] = engine.knowledge.paragraphs.slice(7, 10);
    expect(visibleText(context?.text)).toBe(`The article, ¶8–10:\n\n¶8 ${eight}\n\n¶9 ${nine}\n\n¶10 ${ten}`);
  });

  it("stops cleanly on SIGTERM", async () => {
    expect(await worker.stop()).toBe(0);
  });
});

describe("the worker against a fake Bot API on 127.0.0.1", () => {
  let api: FakeBotApi;
  let worker: WorkerProcess;

  beforeAll(async () => {
    api = await startFakeBotApi();
    worker = startWorker({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.url, LOG_LEVEL: "info" });
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.close();
  });

  it("answers an inline query with the right sentence quoted in the first result", async () => {
    api.push({ update_id: 1, inline_query: { id: "iq-1", from: { id: 7, is_bot: false, first_name: "Ada" }, query: "where is volkov based", offset: "" } });
    await api.waitFor("answerInlineQuery");
    const call = api.calls.find((c) => c.method === "answerInlineQuery");
    const [first] = (call?.payload.results ?? []) as Array<Record<string, any>>;
    expect(call?.payload.inline_query_id).toBe("iq-1");
    expect(first?.input_message_content.message_text).toContain(VOLKOV_SENTENCE);
    expectSendableHtml(first?.input_message_content.message_text);
  }, 15_000);

  it("sets the command menu in Russian too", async () => {
    await api.waitFor("setMyCommands", 2);
    const menus = api.calls.filter((c) => c.method === "setMyCommands").map((c) => c.payload);
    expect(menus.map((menu) => menu.language_code)).toEqual([undefined, "ru"]);
  }, 15_000);

  it("talks to a Russian reader in Russian, and reads their follow-up against the answer before it", async () => {
    const reader = { id: 77, is_bot: false, first_name: "Аня", language_code: "ru" };
    let updateId = 100;
    const ask = async (text: string) => {
      const sent = api.calls.filter((c) => c.method === "sendMessage").length;
      // Telegram marks a leading /command as an entity; the bot reads commands from it.
      const command = /^\/\w+/.exec(text)?.[0];
      const entities = command ? [{ type: "bot_command", offset: 0, length: command.length }] : undefined;
      const message = { message_id: updateId, date: Math.floor(Date.now() / 1000), chat: { id: reader.id, type: "private", first_name: "Аня" }, from: reader, text, entities };
      api.push({ update_id: updateId++, message } as Update);
      await api.waitFor("sendMessage", sent + 1);
      const reply = api.calls.filter((c) => c.method === "sendMessage").at(-1)?.payload as Record<string, any>;
      expectSendableHtml(reply.text);
      return visibleText(reply.text);
    };
    expect(await ask("/start")).toBe(visibleText(MESSAGES.ru.welcome(engine.knowledge.title)));
    expect(await ask("почему посадили Навального?")).toContain(`${MESSAGES.ru.fromTheArticle}\n“${JAILED_SENTENCE}” [¶6.2]`);
    const followUp = await ask("а когда?");
    expect(followUp).toMatch(/^❓ /);
    expect(followUp).toContain(`“${JAILED_SENTENCE}” [¶6.2]`);
    expect(await ask("расскажи подробнее")).toMatch(/^Текст статьи в оригинале, ¶5–7:/);
  }, 15_000);
});

describe("the worker without a token", () => {
  let worker: WorkerProcess | undefined;
  afterEach(() => worker?.stop());

  it("exits with code 1 and one line that says where a token comes from, no stack trace", async () => {
    worker = startWorker({});
    expect(await worker.exited).toBe(1);
    const lines = worker.output().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/BOT_TOKEN.*@BotFather.*npm run chat/);
  });
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}
