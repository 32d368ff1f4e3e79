import { describe, expect, it } from "vitest";
import { VOLKOV_SENTENCE, engine, useTestBot } from "../helpers/test-bot.js";
import { visibleText } from "../helpers/telegram-html.js";
import { photo, PRIVATE_CHAT, sticker, textMessage, editedText, channelPost } from "../helpers/updates.js";

describe("a question in a private chat", () => {
  const bot = useTestBot();

  it("is answered with the cited sentence, quoted with its paragraph and sentence, as an HTML reply", async () => {
    const question = textMessage("where is volkov based");
    const [reply, ...more] = await bot.sent(question);
    expect(more).toEqual([]);
    expect(reply).toMatchObject({
      chat_id: PRIVATE_CHAT.id,
      parse_mode: "HTML",
      reply_parameters: { message_id: question.message.message_id },
    });
    expect(reply?.text).toContain(`“${VOLKOV_SENTENCE}” [¶9.1]`);
  });

  it("offers the paragraph around the quote behind a Show context button", async () => {
    const [reply] = await bot.sent(textMessage("where is volkov based"));
    expect(reply?.reply_markup.inline_keyboard[0]).toEqual([{ text: "📖 Show context", callback_data: "ctx:9.1;volkov-location" }]);
  });

  it("still finds the sentence when the question is misspelt", async () => {
    const [reply] = await bot.sent(textMessage("wher is volkof basd"));
    expect(reply?.text).toContain(VOLKOV_SENTENCE);
  });

  it("asks 'Did you mean' and offers a button for each alternative the engine sees, each label short enough for a phone", async () => {
    const question = "arrests";
    const answer = engine.answer(question);
    expect(answer.kind === "answer" && answer.alternatives.length).toBeGreaterThan(0);
    const [reply] = await bot.sent(textMessage(question));
    expect(visibleText(reply?.text)).toMatch(/Did you mean one of these\?$/);
    const buttons = reply?.reply_markup.inline_keyboard.flat() ?? [];
    for (const alternative of answer.kind === "answer" ? answer.alternatives : []) {
      expect(buttons).toContainEqual({ text: alternative.label, callback_data: `qa:${alternative.id}` });
    }
    for (const button of buttons) expect(Array.from(button.text as string).length).toBeLessThanOrEqual(32);
  });

  it("says plainly when the article doesn't cover it, quotes nothing and offers what it does cover as buttons, not also as a list", async () => {
    const [reply] = await bot.sent(textMessage("what is the capital of france"));
    expect(reply?.text).not.toContain("“");
    expect(visibleText(reply?.text)).toBe("The article doesn't say.\n\nHere is what it does answer:");
    const buttons = reply?.reply_markup.inline_keyboard.flat() ?? [];
    expect(buttons.length).toBeGreaterThan(0);
    for (const button of buttons) {
      expect(button.callback_data).toMatch(/^qa:/);
      expect(Array.from(button.text as string).length).toBeLessThanOrEqual(32);
    }
  });

  it("answers small talk with a friendly line and no citations or buttons", async () => {
    const [reply] = await bot.sent(textMessage("hello"));
    expect(reply?.text).not.toMatch(/¶|“/);
    expect(reply?.reply_markup).toBeUndefined();
  });

});

describe("anything but text in a private chat", () => {
  const bot = useTestBot();

  it.each([
    ["a sticker", sticker()],
    ["a photo", photo()],
  ])("%s gets a short note that the bot answers text questions", async (_, update) => {
    const [reply, ...more] = await bot.sent(update);
    expect(more).toEqual([]);
    expect(reply?.text).toMatch(/text questions about the article/);
    expect(reply?.reply_parameters.message_id).toBe(update.message.message_id);
  });

  it("an edited message gets a note to send the question again", async () => {
    const [reply] = await bot.sent(editedText("where is volkov based?"));
    expect(reply?.text).toMatch(/again/);
  });

  it("a channel post gets no answer at all", async () => {
    expect(await bot.send(channelPost("where is volkov based"))).toEqual([]);
  });
});
