// What readers see of the question log: the 👍/👎 buttons, their toasts, /privacy and /forget; and
// /stats, which only admins get.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeAction } from "../../src/telegram/callback-data.js";
import { MESSAGES } from "../../src/telegram/messages/index.js";
import { createStore, type Store } from "../../src/store/index.js";
import { visibleText } from "../helpers/telegram-html.js";
import { STORE_BACKENDS } from "../helpers/stores.js";
import { VOLKOV_SENTENCE, useTestBot } from "../helpers/test-bot.js";
import { buttonPress, groupMessage, RUSSIAN_USER, textMessage, USER } from "../helpers/updates.js";

type Button = { text: string; callback_data: string };
const rows = (reply: Record<string, any> | undefined): Button[][] => reply?.reply_markup?.inline_keyboard ?? [];
const LOGGING = { questionLog: { keepDays: 90 } };

describe("the 👍/👎 buttons while questions are logged", () => {
  const bot = useTestBot({ curation: LOGGING });

  it("sit in a row of their own under an answer in a private chat, after its own buttons, naming the logged question", async () => {
    const [reply] = await bot.sent(textMessage("where is volkov based"));
    const [context, ...rest] = rows(reply);
    expect(context).toEqual([{ text: "📖 Show context", callback_data: "ctx:9.1;volkov-location" }]);
    const votes = rest.at(-1) ?? [];
    expect(votes.map((b) => b.text)).toEqual(["👍", "👎"]);
    const [up, down] = votes.map((b) => decodeAction(b.callback_data));
    expect(up).toMatchObject({ type: "vote", up: true });
    expect(down).toEqual({ ...up, up: false });
  });

  it("name a new question each time, even when the same words are asked again", async () => {
    const ids = [];
    for (let i = 0; i < 2; i++) {
      const [reply] = await bot.sent(textMessage("where is volkov based"));
      ids.push(rows(reply).at(-1)?.[0]?.callback_data);
    }
    expect(new Set(ids).size).toBe(2);
  });

  it("are not offered in a group, nor under 'the article doesn't say', nor under a button's answer", async () => {
    const [inGroup] = await bot.sent(groupMessage("/ask where is volkov based"));
    const [none] = await bot.sent(textMessage("who won the football world cup"));
    const [pressed] = await bot.sent(buttonPress("qa:volkov-location"));
    for (const reply of [inGroup, none, pressed]) expect(rows(reply).flat().map((b) => b.text)).not.toContain("👍");
    expect(visibleText(inGroup?.text)).toContain(VOLKOV_SENTENCE);
  });

  it("answer a press with a short toast and nothing in the chat, in the reader's language", async () => {
    const [upAck, ...more] = await bot.send(buttonPress("vote:+:kf3q9z1a"));
    expect(more).toEqual([]);
    expect(upAck).toMatchObject({ method: "answerCallbackQuery", body: { text: MESSAGES.en.votedUp } });
    const [downAck] = await bot.send(buttonPress("vote:-:kf3q9z1a", undefined, RUSSIAN_USER));
    expect(downAck?.body.text).toBe(MESSAGES.ru.votedDown);
  });

  it("/privacy says questions are kept, for how long, and that /forget deletes them, in both languages", async () => {
    const [english] = await bot.sent(textMessage("/privacy"));
    expect(visibleText(english?.text)).toMatch(/with my answer and your 👍 or 👎, for 90 days/);
    expect(visibleText(english?.text)).toMatch(/no names, usernames or user ids/);
    expect(visibleText(english?.text)).toMatch(/\/forget deletes what I keep about you/);
    const [russian] = await bot.sent(textMessage("/privacy", { from: RUSSIAN_USER }));
    expect(russian?.text).toBe(MESSAGES.ru.privacy(10, 90));
    expect(visibleText(russian?.text)).toContain("90 дней");
  });

  it("/forget confirms in the reader's language", async () => {
    const request = textMessage("/forget");
    const [reply] = await bot.sent(request);
    expect(reply).toMatchObject({ text: MESSAGES.en.forgotten, reply_parameters: { message_id: request.message.message_id } });
    const [russian] = await bot.sent(textMessage("/forget", { from: RUSSIAN_USER }));
    expect(russian?.text).toBe(MESSAGES.ru.forgotten);
  });

  it("/forget also forgets the last answer's topic, so a follow-up has nothing to follow", async () => {
    await bot.sent(textMessage("Why was Navalny jailed?"));
    await bot.sent(textMessage("/forget"));
    const [reply] = await bot.sent(textMessage("and when?"));
    expect(visibleText(reply?.text)).toMatch(/^About what\?/);
  });
});

describe("with the question log off (QUESTION_LOG=off)", () => {
  const bot = useTestBot();

  it("answers carry no 👍/👎 buttons", async () => {
    const [reply] = await bot.sent(textMessage("where is volkov based"));
    expect(rows(reply).flat().map((b) => b.text)).toEqual(["📖 Show context"]);
  });

  it("/privacy says no question is kept, in both languages", async () => {
    const [english] = await bot.sent(textMessage("/privacy"));
    expect(visibleText(english?.text)).toContain("No log of questions: what you ask me is not kept.");
    const [russian] = await bot.sent(textMessage("/privacy", { from: RUSSIAN_USER }));
    expect(visibleText(russian?.text)).toContain("Журнала вопросов нет");
  });

  it("an old 👍 still gets its toast", async () => {
    const [ack] = await bot.send(buttonPress("vote:+:kf3q9z1a"));
    expect(ack?.body.text).toBe(MESSAGES.en.votedUp);
  });
});

describe("/stats", () => {
  let store: Store;
  const ADMIN = USER.id;
  beforeAll(async () => {
    store = await createStore({ database: await STORE_BACKENDS[0]!.fresh(), secret: "123:stats-test" });
    const asked = (id: number, text: string, answerKind: "answer" | "none") =>
      ({ type: "asked", id, userId: 7, askedAt: Date.now(), text, chatType: "private", lang: "en", answerKind, latencyMs: 1 }) as const;
    await store.outbox.commit([{ updateId: 1, handledAt: Date.now(), calls: [], log: [asked(1, "who won the <football>", "none"), asked(2, "where is volkov", "answer")] }]);
  });
  afterAll(() => store?.close());
  const bot = useTestBot({ curation: { ...LOGGING, stats: { log: { tally: (since) => store.questions.tally(since) }, admins: new Set([ADMIN]) } } });

  it("gives an admin the last 7 days' summary in a private chat, readers' words escaped", async () => {
    const [reply] = await bot.sent(textMessage("/stats"));
    expect(reply?.text).toMatch(/^<pre>Questions asked, last 7 days \(.+\): 2\n/);
    expect(reply?.text).toContain("who won the &lt;football&gt;");
    expect(visibleText(reply?.text)).toMatch(/answered 1 · known gaps 0 · not answered 1 · small talk 0/);
  });

  it("gives anyone else the usual reply to a command it doesn't know", async () => {
    const [reply] = await bot.sent(textMessage("/stats", { from: { id: 99, is_bot: false, first_name: "Eve" } }));
    expect(reply?.text).toBe(MESSAGES.en.unknownCommand);
  });

  it("is not shown in a group, even to an admin: a bare command there may be another bot's", async () => {
    expect(await bot.sent(groupMessage("/stats"))).toEqual([]);
    const [addressed] = await bot.sent(groupMessage("/stats@ArticleAnswerBot"));
    expect(addressed?.text).toBe(MESSAGES.en.unknownCommand);
  });
});
