import { describe, expect, it } from "vitest";
import { popularQuestions } from "../../src/telegram/popular-questions.js";
import { VOLKOV_SENTENCE, engine, useTestBot } from "../helpers/test-bot.js";
import { MESSAGES } from "../../src/telegram/messages/index.js";
import { inlineQuery, RUSSIAN_USER, textMessage } from "../helpers/updates.js";
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

  it("puts the best answer first, a message that stands on its own once sent: the question, the answer, its citation, the article", async () => {
    const body = await inlineAnswer("wher is volkof basd");
    const [first] = body.results;
    const answer = engine.answer("where is volkov based");
    expect(answer.kind).toBe("answer");
    const entry = engine.knowledge.qa.find((e) => answer.kind === "answer" && e.id === answer.entryId);
    expect(first).toMatchObject({ type: "article", title: entry?.questions[0], description: entry?.answer, input_message_content: { parse_mode: "HTML" } });
    expect(visibleText(first.input_message_content.message_text)).toBe(
      `❓ ${entry?.questions[0]}\n\n${entry?.answer}\n\n“${VOLKOV_SENTENCE}” [¶9.1]\n\nFrom the article “${engine.knowledge.title}”`,
    );
  });

  it("quotes the same answer a private chat gets, without the chat's buttons or 'Did you mean'", async () => {
    for (const query of ["where is volkov based", "arrests"]) {
      const [first] = (await inlineAnswer(query)).results;
      const [chatReply] = await bot.sent(textMessage(query));
      const quotes = (html: string) => visibleText(html).match(/“.*\]/g);
      expect(quotes(first.input_message_content.message_text)).toEqual(quotes(chatReply?.text));
      expect(first.reply_markup).toBeUndefined();
      expect(visibleText(first.input_message_content.message_text)).not.toMatch(/Did you mean/);
    }
  });

  it("lets Telegram cache answers, since they change only with the knowledge, but per reader, since their wording follows the reader's language", async () => {
    const body = await inlineAnswer("where is volkov based");
    expect(body.cache_time).toBeGreaterThanOrEqual(300);
    expect(body.is_personal).toBe(true);
    const [russian] = await bot.send(inlineQuery("where is volkov based", RUSSIAN_USER));
    expect(russian?.body.results[0].id).not.toBe(body.results[0].id);
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

  it("shows popular questions for an empty query, titled and described as typed ones are: the question, then the answer", async () => {
    const body = await inlineAnswer("");
    const popular = popularQuestions(engine.knowledge, 5);
    expect(body.results.map((result: { title: string }) => result.title)).toEqual(popular.map((entry) => entry.question));
    for (const [index, result] of body.results.entries()) {
      expect(result.description).toBe(engine.knowledge.qa[index]?.answer);
      expect(visibleText(result.input_message_content.message_text)).toMatch(new RegExp(`^❓ ${popular[index]?.question.replace(/[?.]/g, "\\$&")}\n\n`));
      expect(result.input_message_content.message_text).toMatch(/“.+” \[¶\d+\.\d+\]/);
    }
    const typed = await inlineAnswer(popular[0]?.question ?? "");
    expect(typed.results[0]).toMatchObject({ title: body.results[0].title, description: body.results[0].description });
  });

  it("answers a Russian reader in Russian words around the English quotes, and the not-covered button too", async () => {
    const [first] = (await inlineAnswer("где сейчас Волков?")).results;
    expect(visibleText(first.input_message_content.message_text)).toContain(`Из статьи (цитата в оригинале, на английском):\n“${VOLKOV_SENTENCE}” [¶9.1]`);
    expect(visibleText(first.input_message_content.message_text)).toMatch(/Из статьи «.+»$/);
    const update = inlineQuery("what is the capital of france", RUSSIAN_USER);
    const [call] = await bot.send(update);
    expect(call?.body.button.text).toBe(MESSAGES.ru.inlineNotCovered);
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
