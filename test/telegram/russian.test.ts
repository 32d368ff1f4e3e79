// A reader whose Telegram is in Russian, or who writes in Cyrillic, gets the bot's own words in
// Russian; the article's sentences stay verbatim in English, marked as quotes from the original.
import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.js";
import type { Knowledge } from "../../src/engine/types.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { MESSAGES } from "../../src/telegram/messages/index.js";
import { visibleText } from "../helpers/telegram-html.js";
import { VOLKOV_SENTENCE, engine, useTestBot } from "../helpers/test-bot.js";
import { RUSSIAN_USER, sticker, textMessage, privateChatOf } from "../helpers/updates.js";

const ru = MESSAGES.ru;
const fromRussian = (text: string) => textMessage(text, { from: RUSSIAN_USER });
const buttonTexts = (reply: Record<string, any> | undefined): string[] => reply?.reply_markup?.inline_keyboard.flat().map((b: { text: string }) => b.text) ?? [];

/** The shipped knowledge, every Russian short answer and label replaced by one made up here: the tests don't lean on qa.json's wording. */
function withRussian(knowledge: Knowledge, curated: boolean): Knowledge {
  const qa = knowledge.qa.map(({ answerRu: _, labelRu: __, ...entry }) =>
    curated ? { ...entry, answerRu: `Ответ на «${entry.id}».`, labelRu: `Вопрос «${entry.id}»`.slice(0, 32) } : entry,
  );
  return { ...knowledge, qa };
}

describe("a reader whose Telegram is in Russian", () => {
  const bot = useTestBot();

  it("asking in English gets the bot's words in Russian, the cited sentence verbatim in English, marked as a quote from the original", async () => {
    const [reply] = await bot.sent(fromRussian("where is volkov based"));
    expect(visibleText(reply?.text)).toContain(`${ru.fromTheArticle}\n“${VOLKOV_SENTENCE}” [¶9.1]`);
    expect(buttonTexts(reply)[0]).toBe(ru.showContext);
  });

  it("hears 'the article doesn't say' in Russian, with what it does answer as buttons", async () => {
    const [reply] = await bot.sent(fromRussian("what is the capital of france"));
    expect(visibleText(reply?.text)).toBe(`${ru.noAnswer["not-in-article"]}\n\n${ru.suggestionsBelow}`);
    expect(buttonTexts(reply).length).toBeGreaterThan(0);
  });

  it("is greeted back in Russian", async () => {
    const [reply] = await bot.sent(fromRussian("привет"));
    expect(reply?.text).toBe(ru.chitchat.greeting(engine.knowledge.title));
  });

  it("sending a sticker is told in Russian what the bot does", async () => {
    const [reply] = await bot.sent(sticker(privateChatOf(RUSSIAN_USER), RUSSIAN_USER));
    expect(reply?.text).toBe(ru.notText);
  });
});

describe("a reader writing in Cyrillic from an English Telegram", () => {
  const bot = useTestBot();

  it("gets the answer in Russian words around the English quote", async () => {
    const [reply] = await bot.sent(textMessage("где сейчас Волков?"));
    expect(reply?.text).toContain(VOLKOV_SENTENCE);
    expect(visibleText(reply?.text)).toContain(ru.fromTheArticle);
    expect(buttonTexts(reply)[0]).toBe(ru.showContext);
  });

  it("still gets English for the next question written in English", async () => {
    const [reply] = await bot.sent(textMessage("where is volkov based"));
    expect(visibleText(reply?.text)).not.toContain(ru.fromTheArticle);
  });
});

describe("when the knowledge has Russian short answers and labels", () => {
  const over = createEngine(withRussian(loadKnowledge(), true));
  const bot = useTestBot({ over });

  it("a Russian reader gets the Russian short answer above the English quote", async () => {
    const answer = over.answer("where is volkov based");
    const [reply] = await bot.sent(fromRussian("where is volkov based"));
    expect(visibleText(reply?.text).startsWith(`Ответ на «${answer.kind === "answer" ? answer.entryId : ""}».\n\n`)).toBe(true);
    expect(reply?.text).toContain(VOLKOV_SENTENCE);
  });

  it("an English reader still gets the English one", async () => {
    const [reply] = await bot.sent(textMessage("where is volkov based"));
    expect(visibleText(reply?.text)).not.toMatch(/Ответ/);
  });

  it("Russian readers get Russian labels on the example and suggestion buttons, none longer than 32 characters", async () => {
    const [welcome] = await bot.sent(fromRussian("/start"));
    const [none] = await bot.sent(fromRussian("what is the capital of france"));
    for (const label of [...buttonTexts(welcome), ...buttonTexts(none)]) {
      expect(label).toMatch(/^Вопрос «/);
      expect(Array.from(label).length).toBeLessThanOrEqual(32);
    }
  });
});

describe("when the knowledge has no Russian short answers yet", () => {
  const bot = useTestBot({ over: createEngine(withRussian(loadKnowledge(), false)) });

  it("a Russian reader gets the English short answer, and the rest in Russian", async () => {
    const answer = engine.answer("where is volkov based");
    const english = answer.kind === "answer" ? answer.shortAnswer : undefined;
    const [reply] = await bot.sent(fromRussian("where is volkov based"));
    expect(visibleText(reply?.text).startsWith(`${english}\n\n${ru.fromTheArticle}\n“${VOLKOV_SENTENCE}”`)).toBe(true);
  });
});
