// Follow-up questions, asked as people ask them: a reply to one of the bot's answers is read in the
// context of that answer; in a private chat, a question without a subject of its own leans on the
// previous answer for a while.
import { afterEach, describe, expect, it, vi } from "vitest";
import { TOPIC_MEMORY_MINUTES } from "../../src/conversation/memory.js";
import { MESSAGES } from "../../src/telegram/messages/index.js";
import { exampleQuestion } from "../../src/telegram/popular-questions.js";
import { visibleText } from "../helpers/telegram-html.js";
import { VOLKOV_SENTENCE, engine, useTestBot } from "../helpers/test-bot.js";
import { type BotMessage, buttonPress, groupMessage, privateChatOf, RUSSIAN_USER, textMessage, USER } from "../helpers/updates.js";

const JAILED_SENTENCE = "He was jailed on February 2 for violating parole on what he said were trumped-up charges.";
const NO_TOPIC = MESSAGES.en.noTopic(exampleQuestion(engine.knowledge, "en"));
const paragraph = (n: number) => engine.knowledge.paragraphs[n - 1] ?? "";
/** A sent message as a reply to it carries it: the text Telegram shows, and its buttons. */
const asReplied = (sent: Record<string, any> | undefined): BotMessage => ({ text: visibleText(sent?.text), reply_markup: sent?.reply_markup });
/** Each test talks in a chat of its own, so no topic leaks from one test into the next. */
let nextReader = 500;
const newReader = (fields = {}) => ({ ...USER, id: nextReader++, ...fields });

describe("a follow-up in a private chat", () => {
  const bot = useTestBot();

  it("'and when?' after 'why was Navalny jailed?' answers with the date, saying which question it answers", async () => {
    const from = newReader();
    await bot.sent(textMessage("Why was Navalny jailed?", { from }));
    const [reply] = await bot.sent(textMessage("and when?", { from }));
    expect(visibleText(reply?.text)).toMatch(/^❓ When .*\?\n\n/);
    expect(visibleText(reply?.text)).toContain(`“${JAILED_SENTENCE}” [¶6.2]`);
  });

  it("'where is he based?' after 'who is Volkov?' reads 'he' as Volkov", async () => {
    const from = newReader();
    await bot.sent(textMessage("Who is Leonid Volkov?", { from }));
    const [reply] = await bot.sent(textMessage("where is he based?", { from }));
    expect(reply?.text).toContain(VOLKOV_SENTENCE);
    expect(visibleText(reply?.text)).toMatch(/^❓ Where .*Volkov.*\?/);
  });

  it("'tell me more' shows the text around the sentence just quoted", async () => {
    const from = newReader();
    await bot.sent(textMessage("where is volkov based", { from }));
    const [reply, ...more] = await bot.sent(textMessage("tell me more", { from }));
    expect(more).toEqual([]);
    expect(visibleText(reply?.text)).toBe(`The article, ¶8–10:\n\n¶8 ${paragraph(8)}\n\n¶9 ${paragraph(9)}\n\n¶10 ${paragraph(10)}`);
    expect(reply?.text).toContain(`<u>${VOLKOV_SENTENCE}</u>`);
  });

  it("'why?' that the article doesn't answer gets the known gap's own reply, not the same answer again", async () => {
    const from = newReader();
    await bot.sent(textMessage("where is volkov based", { from }));
    const [reply] = await bot.sent(textMessage("why?", { from }));
    const gap = engine.knowledge.gaps.find((g) => g.id === "gap-volkov-lithuania");
    expect(visibleText(reply?.text).startsWith(gap?.reply ?? "?")).toBe(true);
    expect(visibleText(reply?.text)).not.toContain("Leonid Volkov is based in Lithuania.");
  });

  it("keeps its topic across small talk", async () => {
    const from = newReader();
    await bot.sent(textMessage("Why was Navalny jailed?", { from }));
    await bot.sent(textMessage("thanks!", { from }));
    const [reply] = await bot.sent(textMessage("and when?", { from }));
    expect(reply?.text).toContain("[¶6.2]");
  });

  it("takes its topic from a Did you mean button pressed, too", async () => {
    const from = newReader();
    const [none] = await bot.sent(textMessage("what is the capital of france", { from }));
    const suggestion = none?.reply_markup.inline_keyboard[0][0].callback_data;
    const [, answer] = await bot.send(buttonPress(suggestion, privateChatOf(from), from));
    const [reply] = await bot.sent(textMessage("tell me more", { from }));
    const cited = /\[¶(\d+)\.\d+\]/.exec(visibleText(answer?.body.text))?.[1];
    expect(visibleText(reply?.text)).toContain(`¶${cited} ${paragraph(Number(cited))}`);
  });

  it("with nothing before it asks for a whole question instead of answering 'the article doesn't say'", async () => {
    const [reply] = await bot.sent(textMessage("and why?", { from: newReader() }));
    expect(reply?.text).toBe(NO_TOPIC);
  });

  it("is not read against another reader's answer", async () => {
    const from = newReader();
    await bot.sent(textMessage("Why was Navalny jailed?", { from }));
    const [reply] = await bot.sent(textMessage("and when?", { from: newReader() }));
    expect(reply?.text).not.toContain("[¶6.2]");
  });

  it("is read against a Russian reader's answer in Russian", async () => {
    const from = newReader({ language_code: RUSSIAN_USER.language_code });
    await bot.sent(textMessage("почему посадили Навального?", { from }));
    const [reply] = await bot.sent(textMessage("а когда?", { from }));
    expect(visibleText(reply?.text)).toContain(`${MESSAGES.ru.fromTheArticle}\n“${JAILED_SENTENCE}” [¶6.2]`);
    const [more] = await bot.sent(textMessage("расскажи подробнее", { from }));
    expect(visibleText(more?.text)).toMatch(/^Текст статьи в оригинале, ¶5–7:/);
  });
});

describe("a follow-up after a while", () => {
  const bot = useTestBot();
  afterEach(() => vi.useRealTimers());

  it(`is no longer read against an answer over ${TOPIC_MEMORY_MINUTES} minutes old`, async () => {
    const from = newReader();
    await bot.sent(textMessage("Why was Navalny jailed?", { from }));
    // Only the clock moves; timers stay real for the recorded Bot API.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + (TOPIC_MEMORY_MINUTES + 1) * 60_000);
    const [reply] = await bot.sent(textMessage("and when?", { from }));
    expect(reply?.text).toBe(NO_TOPIC);
  });
});

describe("a reply to one of the bot's answers", () => {
  const bot = useTestBot();

  it("in a group, 'and when?' is read in the context of the answer replied to", async () => {
    const [answer] = await bot.sent(groupMessage("/ask why was navalny jailed"));
    const [reply] = await bot.sent(groupMessage("and when?", { replyToBot: asReplied(answer) }));
    expect(visibleText(reply?.text)).toContain(`“${JAILED_SENTENCE}” [¶6.2]`);
    expect(visibleText(reply?.text)).toMatch(/^❓ When /);
  });

  it("in a group, a follow-up that is no reply has nothing to follow: groups keep no topic", async () => {
    await bot.sent(groupMessage("/ask why was navalny jailed"));
    const [reply] = await bot.sent(groupMessage("/ask and when?"));
    expect(reply?.text).toBe(NO_TOPIC);
  });

  it("in a private chat, follows the answer replied to rather than the latest one", async () => {
    const from = newReader();
    const [volkov] = await bot.sent(textMessage("Who is Leonid Volkov?", { from }));
    await bot.sent(textMessage("Why was Navalny jailed?", { from }));
    const [reply] = await bot.sent(textMessage("where is he based?", { from, replyToBot: asReplied(volkov) }));
    expect(reply?.text).toContain(VOLKOV_SENTENCE);
  });

  it("with a question of its own is answered as it is", async () => {
    const [answer] = await bot.sent(groupMessage("/ask why was navalny jailed"));
    const [reply] = await bot.sent(groupMessage("who is yulia?", { replyToBot: asReplied(answer) }));
    expect(visibleText(reply?.text)).not.toMatch(/^❓/);
    expect(reply?.text).toContain("[¶11.1]");
  });

  it("'tell me more' as a reply shows the text around that answer's quote", async () => {
    const [answer] = await bot.sent(groupMessage("/ask where is volkov based"));
    const [reply] = await bot.sent(groupMessage("tell me more", { replyToBot: asReplied(answer) }));
    expect(visibleText(reply?.text)).toMatch(/^The article, ¶8–10:/);
  });
});
