import { Telegram } from "telegraf";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { createLogger } from "../../src/logger.js";
import { sourceHtml } from "../../src/telegram/article-format.js";
import { publishCommandMenu } from "../../src/telegram/handlers/commands.js";
import { MESSAGES } from "../../src/telegram/messages/index.js";
import { exampleQuestion } from "../../src/telegram/popular-questions.js";
import { recordTelegramApi } from "../helpers/telegram-api-recorder.js";
import { visibleText } from "../helpers/telegram-html.js";
import { TEST_TOKEN, VOLKOV_SENTENCE, engine, useTestBot } from "../helpers/test-bot.js";
import { BOT_INFO, PRIVATE_CHAT, RUSSIAN_USER, textMessage } from "../helpers/updates.js";

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

  it.each(["about", "article", "ask", "forget", "help", "privacy", "start"])("/%s, a command of the menu, gets its own answer", async (command) => {
    const [reply] = await bot.sent(textMessage(`/${command}`));
    expect(reply?.text).not.toBe(MESSAGES.en.unknownCommand);
  });

  it("/privacy says that nothing personal is kept, and for how long a follow-up's topic is", async () => {
    const [reply] = await bot.sent(textMessage("/privacy"));
    expect(visibleText(reply?.text)).toMatch(/no names, usernames or user ids/);
    expect(visibleText(reply?.text)).toMatch(/for 10 minutes, in memory only/);
  });

  it("/article sends every paragraph, numbered, in messages of at most 4096 characters", async () => {
    const request = textMessage("/article");
    const pages = await bot.sent(request);
    expect(pages[0]?.reply_parameters.message_id).toBe(request.message.message_id);
    const shown = pages.map((page) => visibleText(page.text)).join("\n\n");
    knowledge.paragraphs.forEach((paragraph, index) => expect(shown).toContain(`¶${index + 1} ${paragraph}`));
    for (const page of pages) expect(page.text.length).toBeLessThanOrEqual(4096);
  });

  it("/start article (where /article in a group links to) sends the whole article", async () => {
    const pages = await bot.sent(textMessage("/start article"));
    const shown = pages.map((page) => visibleText(page.text)).join("\n\n");
    expect(shown).toContain(`¶${knowledge.paragraphs.length} ${knowledge.paragraphs.at(-1)}`);
  });

  it("/about and /article invent no source when the knowledge names none", async () => {
    for (const command of ["/about", "/article"]) {
      const [reply] = await bot.sent(textMessage(command));
      expect(visibleText(reply?.text)).not.toMatch(/Source/);
    }
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

describe("the commands for a Russian reader", () => {
  const bot = useTestBot();
  const russian = (text: string) => textMessage(text, { from: RUSSIAN_USER });

  it("/start welcomes in Russian, with three example questions as buttons", async () => {
    const [reply] = await bot.sent(russian("/start"));
    expect(reply?.text).toBe(MESSAGES.ru.welcome(knowledge.title));
    expect(reply?.reply_markup.inline_keyboard.flat()).toHaveLength(3);
  });

  it.each([
    ["/help", MESSAGES.ru.help(BOT_INFO.username, exampleQuestion(knowledge, "ru"))],
    ["/privacy", MESSAGES.ru.privacy(10)],
    ["/weather", MESSAGES.ru.unknownCommand],
  ])("%s answers in Russian", async (command, expected) => {
    const [reply] = await bot.sent(russian(command));
    expect(reply?.text).toBe(expected);
  });

  it("/about answers in Russian and says the article is in English", async () => {
    const [reply] = await bot.sent(russian("/about"));
    expect(visibleText(reply?.text)).toMatch(/^Что я знаю\nОдну статью \(на английском\)/);
  });

  it("an English Telegram that writes a command's question in Cyrillic gets Russian", async () => {
    const [reply] = await bot.sent(textMessage("/ask где сейчас Волков?"));
    expect(reply?.text).toContain(VOLKOV_SENTENCE);
    expect(visibleText(reply?.text)).toContain(MESSAGES.ru.fromTheArticle);
  });
});

describe("the commands when the knowledge names the article's source", () => {
  const source = { publisher: "Example News", url: "https://example.com/news?id=1&lang=en", date: "14 February 2021" };
  const bot = useTestBot({ over: createEngine({ ...loadKnowledge(), source }) });
  const line = `Source: <a href="https://example.com/news?id=1&amp;lang=en">Example News</a>, 14 February 2021`;

  it.each(["/about", "/article"])("%s shows it, linked", async (command) => {
    const [reply] = await bot.sent(textMessage(command));
    expect(reply?.text).toContain(line);
  });

  it("/about shows it in Russian words for a Russian reader", async () => {
    const [reply] = await bot.sent(textMessage("/about", { from: RUSSIAN_USER }));
    expect(reply?.text).toContain(`Источник: <a href="https://example.com/news?id=1&amp;lang=en">Example News</a>`);
  });

  it("links to the original by that name when there is an address but no publisher", async () => {
    const { publisher: _, ...unnamed } = source;
    expect(sourceHtml(unnamed, MESSAGES.en)).toBe(`Source: <a href="https://example.com/news?id=1&amp;lang=en">the original</a>, 14 February 2021`);
    expect(sourceHtml({ date: "2021" }, MESSAGES.en)).toBe("Source: 2021");
  });
});

describe("the command menu", () => {
  const logger = createLogger({ level: "silent" });

  it("is registered with setMyCommands in English for everyone and in Russian for Russian Telegram, listing every command the bot handles", async () => {
    const api = recordTelegramApi(TEST_TOKEN);
    await publishCommandMenu(new Telegram(TEST_TOKEN), logger);
    api.stop();
    const [english, russian, ...more] = api.callsTo("setMyCommands").map((call) => call.body);
    expect(more).toEqual([]);
    expect(english?.language_code).toBeUndefined();
    expect(russian?.language_code).toBe("ru");
    const names = (menu: { commands: Array<{ command: string }> }) => menu.commands.map((c) => c.command).sort();
    expect(names(english as never)).toEqual(["about", "article", "ask", "forget", "help", "privacy", "start"]);
    expect(names(russian as never)).toEqual(names(english as never));
    expect(russian?.commands.find((c: { command: string }) => c.command === "ask").description).toBe(MESSAGES.ru.commandMenu.ask);
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
