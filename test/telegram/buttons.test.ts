import { describe, expect, it } from "vitest";
import { visibleText } from "../helpers/telegram-html.js";
import { VOLKOV_SENTENCE, engine, useTestBot } from "../helpers/test-bot.js";
import { buttonPress, GROUP_CHAT } from "../helpers/updates.js";

const paragraph = (n: number) => engine.knowledge.paragraphs[n - 1] ?? "";

describe("pressing a button", () => {
  const bot = useTestBot();

  it("Show context stops the spinner, then replies with the whole paragraph, the cited sentence underlined", async () => {
    const press = buttonPress("ctx:9.1");
    const [ack, reply, ...more] = await bot.send(press);
    expect(more).toEqual([]);
    expect(ack).toEqual({ method: "answerCallbackQuery", body: { callback_query_id: press.callback_query.id } });
    expect(reply?.method).toBe("sendMessage");
    expect(reply?.body.reply_parameters.message_id).toBe(press.callback_query.message?.message_id);
    expect(visibleText(reply?.body.text)).toBe(`¶9 ${paragraph(9)}`);
    expect(reply?.body.text).toContain(`<u>${VOLKOV_SENTENCE}</u>`);
  });

  it("Show context for sentences from two paragraphs shows both, in article order", async () => {
    const [, reply] = await bot.send(buttonPress("ctx:12.1,8.1"));
    expect(visibleText(reply?.body.text)).toBe(`¶8 ${paragraph(8)}\n\n¶12 ${paragraph(12)}`);
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
});
