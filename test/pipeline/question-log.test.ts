// The question log as the worker keeps it: the real bot under the pipeline, on each store backend.
// What readers asked and how it went is stored with the update's replies; who asked, only as a pseudonym.
import { afterEach, describe, expect, it } from "vitest";
import type { Update, User } from "telegraf/types";
import { createEngine } from "../../src/engine/index.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { openDatabase } from "../../src/store/database.js";
import { createStore, DAY_MS, type DatabaseSettings } from "../../src/store/index.js";
import { createBot } from "../../src/telegram/bot.js";
import { STORE_BACKENDS } from "../helpers/stores.js";
import { LOG_TEXT } from "../../src/pipeline/messages.js";
import { startTestBot, TOKEN, waitUntil, type TestBot } from "./harness.js";

const engine = createEngine(loadKnowledge());
// Distinctive, so that any copy of them in the database is found.
const READER: User = { id: 918_273_645, is_bot: false, first_name: "Zebulonia", last_name: "Quillfeather", username: "zq_reader_unique", language_code: "en" };
const OTHER: User = { id: 5551, is_bot: false, first_name: "Other" };

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.stop();
  testBot = undefined;
});

let nextId = 1;
const question = (text: string, from = READER): Update =>
  ({ update_id: nextId++, message: { message_id: nextId, date: 0, chat: { id: from.id, type: "private", first_name: from.first_name }, from, text, ...entities(text) } }) as Update;
const entities = (text: string) => (text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] } : {});
const press = (data: string, from = READER): Update =>
  ({ update_id: nextId++, callback_query: { id: `cb-${nextId}`, from, chat_instance: "ci", data, message: { message_id: 77, date: 0, chat: { id: from.id, type: "private", first_name: from.first_name }, text: "an answer" } } }) as Update;

function startBot(database: DatabaseSettings, { logging = true, flood = 20, keepMs = 90 * DAY_MS, pruneEveryMs = DAY_MS } = {}) {
  return startTestBot({
    database,
    options: { flood: { questionsPerWindow: flood }, questionLogKeepMs: keepMs, questionLogPruneIntervalMs: pruneEveryMs },
    makeBot: ({ pipeline, apiRoot, logger, store }) =>
      createBot(engine, {
        config: { botToken: TOKEN, telegramApiRoot: apiRoot },
        logger,
        pipeline,
        ...(logging ? { questionLog: { keepDays: 90 } } : {}),
        stats: { log: store.questions, admins: new Set() },
      }),
  });
}

/** Every row of the questions table, read straight from the database. */
async function questionRows(database: DatabaseSettings) {
  const db = openDatabase(database);
  try {
    return await db.selectFrom("questions").selectAll().orderBy("asked_at").execute();
  } finally {
    await db.destroy();
  }
}

/** Sends one update and waits until its replies went out (so its transaction has committed). */
async function send(bot: TestBot, update: Update, method = "sendMessage"): Promise<Record<string, any>> {
  const before = bot.api.calls.filter((c) => c.method === method && c.ok).length;
  bot.api.push(update);
  await bot.api.waitFor(method, before + 1);
  return bot.api.calls.filter((c) => c.method === method && c.ok).at(-1)!.payload;
}
const voteData = (reply: Record<string, any>, button: "👍" | "👎"): string =>
  reply.reply_markup.inline_keyboard.flat().find((b: { text: string }) => b.text === button).callback_data;

describe.each(STORE_BACKENDS)("the question log on $name", (backend) => {
  it("keeps each question with its answer: words, chat type, language, kind, entry or cited sentences, confidence, latency, time", async () => {
    const database = await backend.fresh();
    testBot = await startBot(database);
    const before = Date.now();
    await send(testBot, question("where is volkov based"));
    await send(testBot, question("Who won the football world cup?"));
    await send(testBot, question("/ask где сейчас Волков?"));
    const rows = await questionRows(database);
    expect(rows.map((r) => [r.text, r.chat_type, r.lang, r.answer_kind, r.entry_id])).toEqual([
      ["where is volkov based", "private", "en", "answer", "volkov-location"],
      ["Who won the football world cup?", "private", "en", "none", null],
      ["где сейчас Волков?", "private", "ru", "answer", "volkov-location"],
    ]);
    const [first] = rows;
    expect(first?.confidence).toBeGreaterThan(0.5);
    expect(first?.latency_ms).toBeGreaterThan(0);
    expect(first?.asked_at).toBeGreaterThanOrEqual(before);
    expect(first?.vote).toBeNull();
    // One pseudonym per reader, and not their id.
    expect(new Set(rows.map((r) => r.asker)).size).toBe(1);
    expect(first?.asker).not.toContain(String(READER.id));
  });

  it("stores a 👎 against the question it was pressed under, and a 👍 pressed after it changes the vote", async () => {
    const database = await backend.fresh();
    testBot = await startBot(database);
    const answer = await send(testBot, question("where is volkov based"));
    await send(testBot, question("why was navalny jailed"));
    await send(testBot, press(voteData(answer, "👎")), "answerCallbackQuery");
    expect((await questionRows(database)).map((r) => [r.text, r.vote])).toEqual([
      ["where is volkov based", -1],
      ["why was navalny jailed", null],
    ]);
    await send(testBot, press(voteData(answer, "👍")), "answerCallbackQuery");
    expect((await questionRows(database))[0]?.vote).toBe(1);
    // Someone else pressing a copy of the button changes nothing.
    await send(testBot, press(voteData(answer, "👎"), OTHER), "answerCallbackQuery");
    expect((await questionRows(database))[0]?.vote).toBe(1);
  });

  it("/forget leaves no row of the asker, and everyone else's", async () => {
    const database = await backend.fresh();
    testBot = await startBot(database);
    await send(testBot, question("where is volkov based"));
    await send(testBot, question("why was navalny jailed", OTHER));
    await send(testBot, question("/forget"));
    expect((await questionRows(database)).map((r) => r.text)).toEqual(["why was navalny jailed"]);
  });

  it("no table holds a reader's user id, name or username", async () => {
    const database = await backend.fresh();
    testBot = await startBot(database);
    const answer = await send(testBot, question("where is volkov based"));
    await send(testBot, press(voteData(answer, "👍")), "answerCallbackQuery");
    await send(testBot, question("/ask who is navalny's wife"));
    await testBot.stop();
    testBot = undefined;
    // Every value of every table, binary ones (sealed outbox rows) as bytes.
    const db = openDatabase(database);
    const tables: string[] = [];
    let dump = "";
    try {
      for (const { name } of await db.introspection.getTables({ withInternalKyselyTables: true })) {
        tables.push(name);
        const rows = (await db.selectFrom(name as "questions").selectAll().execute()) as Array<Record<string, unknown>>;
        for (const value of rows.flatMap((row) => Object.values(row))) dump += `${value instanceof Uint8Array ? Buffer.from(value).toString("latin1") : String(value)}\n`;
      }
    } finally {
      await db.destroy();
    }
    expect(tables).toEqual(expect.arrayContaining(["questions", "settings", "outbox", "handled_updates"]));
    expect(dump).toContain("where is volkov based");
    for (const secret of [String(READER.id), READER.first_name, READER.last_name!, READER.username!]) expect(dump).not.toContain(secret);
    expect((await questionRows(database)).length).toBe(2);
  });

  it("logs nothing, and offers no 👍/👎, with QUESTION_LOG=off", async () => {
    const database = await backend.fresh();
    testBot = await startBot(database, { logging: false });
    const answer = await send(testBot, question("where is volkov based"));
    expect(JSON.stringify(answer.reply_markup)).not.toContain("👍");
    expect(await questionRows(database)).toEqual([]);
  });

  it("does not log a question whose answer the flood limit held back", async () => {
    const database = await backend.fresh();
    testBot = await startBot(database, { flood: 1 });
    await send(testBot, question("where is volkov based"));
    await send(testBot, question("why was navalny jailed"));
    expect((await questionRows(database)).map((r) => r.text)).toEqual(["where is volkov based"]);
  });

  it("prunes questions older than QUESTION_LOG_DAYS when it starts", async () => {
    const database = await backend.fresh();
    const seeding = await createStore({ database, secret: TOKEN });
    const asked = (id: number, text: string, askedAt: number) =>
      ({ type: "asked", id, userId: 1, askedAt, text, chatType: "private", lang: "en", answerKind: "answer", latencyMs: 1 }) as const;
    await seeding.outbox.commit([{ updateId: 1, handledAt: Date.now(), calls: [], log: [asked(1, "recent", Date.now() - 89 * DAY_MS), asked(2, "old", Date.now() - 91 * DAY_MS)] }]);
    await seeding.close();
    testBot = await startBot(database);
    await send(testBot, question("where is volkov based"));
    expect((await questionRows(database)).map((r) => r.text)).toEqual(["recent", "where is volkov based"]);
  });

  it("prunes again on its interval (daily by default) while it runs", async () => {
    const database = await backend.fresh();
    testBot = await startBot(database, { keepMs: 300, pruneEveryMs: 100 });
    await send(testBot, question("where is volkov based"));
    expect(await questionRows(database)).toHaveLength(1);
    await waitUntil(() => testBot!.logs.lines().some((l) => l.msg === LOG_TEXT.pruned), 3000);
    expect(await questionRows(database)).toEqual([]);
  });
});
