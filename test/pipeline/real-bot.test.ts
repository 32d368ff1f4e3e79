// The real bot (engine, handlers, formatting) under the pipeline: its replies, button answers and
// inline answers all go out through the outbox, and each update's line says what was answered.
import { afterEach, describe, expect, it } from "vitest";
import type { Update } from "telegraf/types";
import { createEngine } from "../../src/engine/index.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { createBot } from "../../src/telegram/bot.js";
import { expectSendableHtml } from "../helpers/telegram-html.js";
import { startTestBot, TOKEN, waitUntil, type TestBot } from "./harness.js";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.stop();
  testBot = undefined;
});

const engine = createEngine(loadKnowledge());
/** The article's answer to "where is Volkov based?" (sentence 9.1), quoted verbatim. */
const VOLKOV_SENTENCE = "Volkov, who is based in Lithuania";
const reader = { id: 42, is_bot: false, first_name: "Ada" };
const question = (id: number, text: string): Update =>
  ({ update_id: id, message: { message_id: id, date: 0, chat: { id: 42, type: "private", first_name: "Ada" }, from: reader, text } }) as Update;

const realBot = () =>
  startTestBot({ makeBot: ({ pipeline, apiRoot, logger }) => createBot(engine, { config: { botToken: TOKEN, telegramApiRoot: apiRoot }, logger, pipeline }) });

describe("the real bot under the pipeline", () => {
  it("answers a question with the cited sentence and its buttons, and logs the entry it answered from and how sure it was", async () => {
    testBot = await realBot();
    testBot.api.push(question(1, "where is volkov based"));
    await testBot.api.waitFor("sendMessage");
    const reply = testBot.api.calls.find((c) => c.method === "sendMessage" && c.ok)!.payload;
    expectSendableHtml(String(reply.text));
    expect(reply).toMatchObject({ chat_id: 42, parse_mode: "HTML", reply_parameters: { message_id: 1 } });
    expect(String(reply.text)).toContain(VOLKOV_SENTENCE);
    await waitUntil(() => testBot!.logs.lines().some((l) => l.msg === "update handled"));
    expect(testBot.logs.lines().find((l) => l.msg === "update handled")).toMatchObject({
      update_id: 1,
      handler: "question",
      answer_kind: "answer",
      entry_id: "volkov-location",
      confidence: expect.any(Number),
      outcome: "answered",
      replies: 1,
    });
  });

  it("answers a press on one of its buttons (the spinner stops) and sends what the button asks for", async () => {
    testBot = await realBot();
    testBot.api.push(question(1, "where is volkov based"));
    await testBot.api.waitFor("sendMessage");
    const reply = testBot.api.calls.find((c) => c.method === "sendMessage" && c.ok)!.payload as { reply_markup: { inline_keyboard: Array<Array<{ callback_data: string }>> } };
    const data = reply.reply_markup.inline_keyboard[0]![0]!.callback_data;
    const message = { message_id: 500, date: 0, chat: { id: 42, type: "private", first_name: "Ada" }, text: "an answer" };
    testBot.api.push({ update_id: 2, callback_query: { id: "cb-2", from: reader, chat_instance: "ci", message, data } } as Update);
    await testBot.api.waitFor("answerCallbackQuery");
    await testBot.api.waitFor("sendMessage", 2);
    expect(testBot.api.calls.find((c) => c.method === "answerCallbackQuery")?.payload).toMatchObject({ callback_query_id: "cb-2" });
  });

  it("answers an inline query through the outbox", async () => {
    testBot = await realBot();
    testBot.api.push({ update_id: 1, inline_query: { id: "iq-1", from: reader, query: "where is volkov based", offset: "" } } as Update);
    await testBot.api.waitFor("answerInlineQuery");
    const call = testBot.api.calls.find((c) => c.method === "answerInlineQuery")!;
    expect(call.payload.inline_query_id).toBe("iq-1");
    expect(JSON.stringify(call.payload.results)).toContain("Lithuania");
  });
});
