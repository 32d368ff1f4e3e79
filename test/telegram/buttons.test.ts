import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../src/telegram/messages/index.js";
import { visibleText } from "../helpers/telegram-html.js";
import { VOLKOV_SENTENCE, engine, useTestBot } from "../helpers/test-bot.js";
import { buttonPress, GROUP_CHAT, privateChatOf, RUSSIAN_USER } from "../helpers/updates.js";

const paragraph = (n: number) => engine.knowledge.paragraphs[n - 1] ?? "";

describe("pressing a button", () => {
  const bot = useTestBot();

  it("Show context stops the spinner, then replies in one message with the paragraph and its neighbours, the cited sentence underlined", async () => {
    const press = buttonPress("ctx:9.1;volkov-location");
    const [ack, reply, ...more] = await bot.send(press);
    expect(more).toEqual([]);
    expect(ack).toEqual({ method: "answerCallbackQuery", body: { callback_query_id: press.callback_query.id } });
    expect(reply?.method).toBe("sendMessage");
    expect(reply?.body.reply_parameters.message_id).toBe(press.callback_query.message?.message_id);
    expect(visibleText(reply?.body.text)).toBe(`The article, ¶8–10:\n\n¶8 ${paragraph(8)}\n\n¶9 ${paragraph(9)}\n\n¶10 ${paragraph(10)}`);
    expect(reply?.body.text).toContain(`<u>${VOLKOV_SENTENCE}</u>`);
    expect(reply?.body.text.match(/<u>/g)).toHaveLength(1);
  });

  it("Show context for sentences far apart shows each with its neighbours, in article order, a gap marked between", async () => {
    const [, reply] = await bot.send(buttonPress("ctx:12.1,2.1"));
    expect(visibleText(reply?.body.text)).toBe(
      [`The article, ¶1–3, ¶11–13:`, `¶1 ${paragraph(1)}`, `¶2 ${paragraph(2)}`, `¶3 ${paragraph(3)}`, "…", `¶11 ${paragraph(11)}`, `¶12 ${paragraph(12)}`, `¶13 ${paragraph(13)}`].join("\n\n"),
    );
  });

  it("Show context at the article's edge shows the one neighbour there is", async () => {
    const [, reply] = await bot.send(buttonPress("ctx:1.1"));
    expect(visibleText(reply?.body.text)).toBe(`The article, ¶1–2:\n\n¶1 ${paragraph(1)}\n\n¶2 ${paragraph(2)}`);
  });

  it("Show context for a Russian reader says the text is the original, and leaves the article's words as they are", async () => {
    const [, reply] = await bot.send(buttonPress("ctx:9.1", privateChatOf(RUSSIAN_USER), RUSSIAN_USER));
    expect(visibleText(reply?.body.text)).toMatch(/^Текст статьи в оригинале, ¶8–10:/);
    expect(reply?.body.text).toContain(`<u>${VOLKOV_SENTENCE}</u>`);
  });

  it("Did you mean answers that entry's question", async () => {
    const [ack, reply] = await bot.send(buttonPress("qa:volkov-location"));
    expect(ack?.method).toBe("answerCallbackQuery");
    expect(reply?.body.text).toContain(VOLKOV_SENTENCE);
    expect(reply?.body.parse_mode).toBe("HTML");
  });

  it("works in a group too, answering there", async () => {
    const [, reply] = await bot.send(buttonPress("qa:volkov-location", GROUP_CHAT));
    expect(reply?.body.chat_id).toBe(GROUP_CHAT.id);
  });

  it.each([
    ["an entry that no longer exists", "qa:no-such-entry"],
    ["a sentence that no longer exists", "ctx:99.1"],
    ["data this bot never wrote", "garbage"],
    ["empty data", ""],
    ["a context with a malformed sentence id", "ctx:9.1,abc"],
    ["data over 64 bytes", `qa:${"x".repeat(80)}`],
  ])("with %s is still answered, with a note that the button is out of date, and sends nothing", async (_, data) => {
    const press = buttonPress(data);
    const calls = await bot.send(press);
    expect(calls).toEqual([
      { method: "answerCallbackQuery", body: { callback_query_id: press.callback_query.id, text: expect.stringMatching(/out of date/) } },
    ]);
  });

  it("that is out of date tells a Russian reader so in Russian", async () => {
    const [ack] = await bot.send(buttonPress("qa:no-such-entry", privateChatOf(RUSSIAN_USER), RUSSIAN_USER));
    expect(ack?.body.text).toBe(MESSAGES.ru.staleButton);
  });
});
