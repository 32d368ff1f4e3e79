import { describe, expect, it } from "vitest";
import { visibleText } from "../helpers/telegram-html.js";
import { VOLKOV_SENTENCE, engine, useTestBot } from "../helpers/test-bot.js";
import { GROUP_CHAT, groupMessage, photo, sticker } from "../helpers/updates.js";

describe("in a group with privacy mode on", () => {
  const bot = useTestBot();

  it.each([
    ["/ask with a question", "/ask where is volkov based"],
    ["/ask addressed to this bot", "/ask@ArticleAnswerBot where is volkov based"],
    ["a mention of the bot", "@ArticleAnswerBot where is volkov based"],
    ["a mention in the middle, in any letter case", "hey @articleanswerbot where is volkov based?"],
  ])("answers %s, as a reply to the asker", async (_, text) => {
    const question = groupMessage(text);
    const [reply, ...more] = await bot.sent(question);
    expect(more).toEqual([]);
    expect(reply).toMatchObject({ chat_id: GROUP_CHAT.id, parse_mode: "HTML", reply_parameters: { message_id: question.message.message_id } });
    expect(reply?.text).toContain(VOLKOV_SENTENCE);
  });

  it("answers a reply to one of its own messages", async () => {
    const [reply] = await bot.sent(groupMessage("and where is volkov based?", { replyToBot: true }));
    expect(reply?.text).toContain(VOLKOV_SENTENCE);
  });

  it.each([
    ["/help@ArticleAnswerBot", /\/ask/],
    ["/about@ArticleAnswerBot", /Only from that article/],
    ["/start@ArticleAnswerBot", /one news article/],
    ["/weather@ArticleAnswerBot", /\/help/],
    ["/about@articleanswerbot", /Only from that article/],
  ])("answers %s, a command addressed to this bot", async (text, expected) => {
    const command = groupMessage(text);
    const [reply] = await bot.sent(command);
    expect(reply?.text).toMatch(expected);
    expect(reply?.reply_parameters.message_id).toBe(command.message.message_id);
  });

  it("answers /article with a button that opens the article in a private chat, not the whole text", async () => {
    const command = groupMessage("/article@ArticleAnswerBot");
    const [reply, ...more] = await bot.sent(command);
    expect(more).toEqual([]);
    expect(visibleText(reply?.text).length).toBeLessThan(400);
    expect(visibleText(reply?.text)).toContain(engine.knowledge.title);
    expect(reply?.reply_markup.inline_keyboard).toEqual([[{ text: "📄 Read the article", url: "https://t.me/ArticleAnswerBot?start=article" }]]);
  });

  it("prompts for a question when only mentioned", async () => {
    const [reply] = await bot.sent(groupMessage("@ArticleAnswerBot"));
    expect(reply?.text).toMatch(/Ask me something about the article/);
  });

  it.each([
    ["a question nobody addressed to it", groupMessage("where is volkov based")],
    ["a command for another bot", groupMessage("/help@OtherBot")],
    ["/ask for another bot", groupMessage("/ask@OtherBot where is volkov based")],
    ["a mention of someone else", groupMessage("@someone_else where is volkov based")],
    ["a command it does not know, maybe another bot's", groupMessage("/weather")],
    ["a sticker", sticker(GROUP_CHAT)],
    ["a photo", photo(GROUP_CHAT)],
  ])("stays silent on %s", async (_, update) => {
    expect(await bot.send(update)).toEqual([]);
  });
});
