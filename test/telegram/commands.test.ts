import { Telegram } from "telegraf";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { publishCommandMenu } from "../../src/telegram/handlers/commands.js";
import { recordTelegramApi } from "../helpers/telegram-api-recorder.js";
import { visibleText } from "../helpers/telegram-html.js";
import { TEST_TOKEN, VOLKOV_SENTENCE, engine, useTestBot } from "../helpers/test-bot.js";
import { PRIVATE_CHAT, textMessage } from "../helpers/updates.js";

const { knowledge } = engine;

describe("the commands", () => {
  const bot = useTestBot();

  it("/start welcomes the person, as a reply, with three example questions as buttons", async () => {
    const start = textMessage("/start");
    const [reply] = await bot.sent(start);
    expect(reply).toMatchObject({ chat_id: PRIVATE_CHAT.id, parse_mode: "HTML", reply_parameters: { message_id: start.message.message_id } });
    expect(visibleText(reply?.text)).toContain(knowledge.title);
    const buttons = reply?.reply_markup.inline_keyboard.flat();
    expect(buttons).toHaveLength(3);
    for (const button of buttons) {
      expect(engine.answerEntry(button.callback_data.replace(/^qa:/, ""))).toBeDefined();
    }
  });

  it("/start with a deep-link payload opens straight on that entry's answer", async () => {
    const [reply] = await bot.sent(textMessage("/start volkov-location"));
    expect(reply?.text).toContain(VOLKOV_SENTENCE);
  });

  it("/start with a payload it does not know just welcomes", async () => {
    const [reply] = await bot.sent(textMessage("/start no-such-entry"));
    expect(visibleText(reply?.text)).toContain(knowledge.title);
  });

  it("/help explains asking here, in groups and inline with the bot's own username", async () => {
    const [reply] = await bot.sent(textMessage("/help"));
    expect(reply?.text).toContain("/ask");
    expect(reply?.text).toContain("@ArticleAnswerBot your question");
  });

  it("/about names the article and says answers come only from it", async () => {
    const [reply] = await bot.sent(textMessage("/about"));
    expect(visibleText(reply?.text)).toContain(knowledge.title);
    expect(reply?.text).toMatch(/Only from that article/);
  });

  it("/article sends every paragraph, numbered, in messages of at most 4096 characters", async () => {
    const request = textMessage("/article");
    const pages = await bot.sent(request);
    expect(pages[0]?.reply_parameters.message_id).toBe(request.message.message_id);
    const shown = pages.map((page) => visibleText(page.text)).join("\n\n");
    knowledge.paragraphs.forEach((paragraph, index) => expect(shown).toContain(`¶${index + 1} ${paragraph}`));
    for (const page of pages) expect(page.text.length).toBeLessThanOrEqual(4096);
  });

  it("/ask with a question answers it", async () => {
    const [reply] = await bot.sent(textMessage("/ask where is volkov based"));
    expect(reply?.text).toContain(VOLKOV_SENTENCE);
  });

  it("/ask alone prompts for a question", async () => {
    const [reply] = await bot.sent(textMessage("/ask"));
    expect(reply?.text).toMatch(/<code>\/ask .+\?<\/code>/);
    expect(reply?.reply_markup).toBeUndefined();
  });

  it("an unknown command points to /help", async () => {
    const [reply] = await bot.sent(textMessage("/weather"));
    expect(reply?.text).toContain("/help");
  });
});

describe("the command menu", () => {
  const logger = createLogger({ level: "silent" });

  it("is registered with setMyCommands, listing every command the bot handles", async () => {
    const api = recordTelegramApi(TEST_TOKEN);
    await publishCommandMenu(new Telegram(TEST_TOKEN), logger);
    api.stop();
    expect(api.callsTo("setMyCommands")[0]?.body.commands.map((c: { command: string }) => c.command).sort()).toEqual(
      ["about", "article", "ask", "help", "start"],
    );
  });

  it("is only a warning when Telegram refuses it, and start-up goes on", async () => {
    const api = recordTelegramApi(TEST_TOKEN, { failing: ["setMyCommands"] });
    const lines: string[] = [];
    const warnings = createLogger({ level: "warn", destination: { write: (line: string) => void lines.push(line) } });
    await expect(publishCommandMenu(new Telegram(TEST_TOKEN), warnings)).resolves.toBeUndefined();
    api.stop();
    expect(lines.map((line) => JSON.parse(line).level)).toEqual([40]);
  });
});
