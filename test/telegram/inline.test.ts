import { describe, expect, it } from "vitest";
import { popularQuestions } from "../../src/telegram/popular-questions.js";
import { VOLKOV_SENTENCE, engine, useTestBot } from "../helpers/test-bot.js";
import { inlineQuery, textMessage } from "../helpers/updates.js";
import { visibleText } from "../helpers/telegram-html.js";

describe("inline mode (@ArticleAnswerBot question, in any chat)", () => {
  const bot = useTestBot();

  /** The one answerInlineQuery body the bot sent for this query. */
  async function inlineAnswer(query: string) {
    const update = inlineQuery(query);
    const calls = await bot.send(update);
    expect(calls.map((call) => call.method)).toEqual(["answerInlineQuery"]);
    expect(calls[0]?.body.inline_query_id).toBe(update.inline_query.id);
    return calls[0]?.body as Record<string, any>;
  }

  it("puts the best answer first: the same HTML a private chat gets, the cited sentence as description", async () => {
    const body = await inlineAnswer("where is volkov based");
    const [chatReply] = await bot.sent(textMessage("where is volkov based"));
    const [first] = body.results;
    expect(first).toMatchObject({ type: "article", input_message_content: { parse_mode: "HTML", message_text: chatReply?.text } });
    expect(first.input_message_content.message_text).toContain(VOLKOV_SENTENCE);
    expect(VOLKOV_SENTENCE.startsWith(first.description.replace(/…$/, ""))).toBe(true);
    expect(first.title.length).toBeGreaterThan(0);
  });

  it("lets Telegram cache answers for everyone, since they change only with the knowledge", async () => {
    const body = await inlineAnswer("where is volkov based");
    expect(body.cache_time).toBeGreaterThanOrEqual(300);
    expect(body.is_personal).toBe(false);
  });

  it("follows the best answer with the alternatives, at most five results, ids unique and stable", async () => {
    const query = "arrests";
    const answer = engine.answer(query);
    const alternatives = answer.kind === "answer" ? answer.alternatives.length : 0;
    const first = await inlineAnswer(query);
    const again = await inlineAnswer(query);
    expect(first.results).toHaveLength(Math.min(5, 1 + alternatives));
    const ids = first.results.map((result: { id: string }) => result.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(Buffer.byteLength(id)).toBeLessThanOrEqual(64);
    expect(again.results.map((result: { id: string }) => result.id)).toEqual(ids);
  });

  it("still finds the sentence for a misspelt query", async () => {
    const body = await inlineAnswer("wher is volkof basd");
    expect(body.results[0].input_message_content.message_text).toContain(VOLKOV_SENTENCE);
  });

  it("shows popular questions with their answers for an empty query, titled by the question", async () => {
    const body = await inlineAnswer("");
    const popular = popularQuestions(engine.knowledge, 5);
    expect(body.results.map((result: { title: string }) => result.title)).toEqual(popular.map((entry) => entry.question));
    for (const result of body.results) expect(result.input_message_content.message_text).toMatch(/“.+” \[¶\d+, sentence \d+\.\d+\]/);
  });

  it("shows no guessed result when the article doesn't cover it, only a button into a private chat", async () => {
    const body = await inlineAnswer("what is the capital of france");
    expect(body.results).toEqual([]);
    expect(body.button.text).toMatch(/Not in the article/);
    expect(body.button.start_parameter).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    const [welcome] = await bot.sent(textMessage(`/start ${body.button.start_parameter}`));
    expect(welcome?.reply_markup.inline_keyboard.flat()).toHaveLength(3);
  });

  it("escapes a query full of HTML-special characters and never echoes its markup", async () => {
    const query = `<b>Volkov</b> & "friends": where is volkov based?`;
    const body = await inlineAnswer(query);
    for (const result of body.results) expect(result.input_message_content.message_text).not.toContain("<b>Volkov</b>");
    expect(JSON.stringify(body)).not.toContain("<b>Volkov");
  });

  it("answers a query of 256 characters, Telegram's maximum, well under a second", async () => {
    const query = `where is volkov based ${"and what about the vigils ".repeat(10)}`.slice(0, 256);
    expect(query).toHaveLength(256);
    const started = performance.now();
    const body = await inlineAnswer(query);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(body.results.length).toBeLessThanOrEqual(5);
    for (const result of body.results) expect(visibleText(result.input_message_content.message_text).length).toBeLessThanOrEqual(4096);
  });
});
