import { afterEach, describe, expect, it } from "vitest";
import { createStore, DAY_MS, openQuestionLog, type AskedQuestion, type DatabaseSettings, type QuestionLogChange, type Store } from "../../src/store/index.js";
import { STORE_BACKENDS } from "../helpers/stores.js";

const SECRET = "123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-Fz";
const NOW = Date.UTC(2025, 10, 30, 12);
const ADA = 42;
const BOB = 43;

let nextUpdate = 1;
let open: Store[] = [];
afterEach(async () => {
  await Promise.all(open.map((store) => store.close()));
  open = [];
});
const storeOn = async (database: DatabaseSettings) => {
  const store = await createStore({ database, secret: SECRET });
  open.push(store);
  return store;
};

const asked = (id: number, text: string, more: Partial<AskedQuestion> = {}): QuestionLogChange => ({
  type: "asked",
  id,
  userId: ADA,
  askedAt: NOW,
  text,
  chatType: "private",
  lang: "en",
  answerKind: "answer",
  entryId: "volkov-location",
  confidence: 0.9,
  latencyMs: 1.5,
  ...more,
});
const vote = (questionId: number, up: boolean, userId = ADA): QuestionLogChange => ({ type: "vote", questionId, userId, up, at: NOW });
/** Commits changes as the pipeline does: with an update, in the outbox's transaction. */
const commit = (store: Store, ...log: QuestionLogChange[]) => store.outbox.commit([{ updateId: nextUpdate++, handledAt: NOW, calls: [], log }]);
const tallied = async (store: Store) =>
  (await store.questions.tally(NOW - DAY_MS)).map(({ text, answerKind, entryId, vote, count }) => ({ text, answerKind, entryId, vote, count }));

describe.each(STORE_BACKENDS)("the question log on $name", (backend) => {
  it("keeps each question with its answer, and tallies them by day, text, answer and vote", async () => {
    const store = await storeOn(await backend.fresh());
    await commit(store, asked(1, "where is volkov"), asked(2, "where is volkov", { userId: BOB }));
    await commit(store, asked(3, "what poison", { answerKind: "none", entryId: undefined, confidence: undefined }));
    const rows = await store.questions.tally(NOW - DAY_MS);
    expect(rows).toHaveLength(2);
    expect(rows).toContainEqual({ day: Math.floor(NOW / DAY_MS), text: "where is volkov", answerKind: "answer", entryId: "volkov-location", sentenceIds: null, vote: null, confidence: 0.9, count: 2 });
    expect(rows).toContainEqual(expect.objectContaining({ text: "what poison", answerKind: "none", entryId: null, confidence: null, count: 1 }));
  });

  it("keeps every question of a large batch, whatever its size", async () => {
    const store = await storeOn(await backend.fresh());
    await commit(store, ...Array.from({ length: 37 }, (_, i) => asked(i + 1, "where is volkov", { userId: 1000 + i })));
    expect((await tallied(store))[0]?.count).toBe(37);
  });

  it("keeps a passage's cited sentences and tallies nothing asked before the given time", async () => {
    const store = await storeOn(await backend.fresh());
    await commit(store, asked(1, "who spoke", { entryId: undefined, sentenceIds: ["6.1", "6.2"] }), asked(2, "old", { askedAt: NOW - 3 * DAY_MS }));
    const rows = await store.questions.tally(NOW - DAY_MS);
    expect(rows.map((r) => [r.text, r.sentenceIds])).toEqual([["who spoke", "6.1,6.2"]]);
  });

  it("counts a vote from the asker only, and a second press changes it", async () => {
    const store = await storeOn(await backend.fresh());
    await commit(store, asked(1, "where is volkov"));
    await commit(store, vote(1, true));
    expect((await tallied(store))[0]?.vote).toBe(1);
    await commit(store, vote(1, false));
    expect((await tallied(store))[0]?.vote).toBe(-1);
    await commit(store, vote(1, true, BOB));
    expect((await tallied(store))[0]?.vote).toBe(-1);
  });

  it("/forget deletes every question of the reader and no one else's, even one asked in the same batch", async () => {
    const store = await storeOn(await backend.fresh());
    await commit(store, asked(1, "ada asks"), asked(2, "bob asks", { userId: BOB }));
    await commit(store, asked(3, "ada again"), { type: "forget", userId: ADA });
    expect((await tallied(store)).map((r) => r.text)).toEqual(["bob asks"]);
  });

  it("logs nothing twice when Telegram delivers an update again", async () => {
    const store = await storeOn(await backend.fresh());
    const update = { updateId: 900, handledAt: NOW, calls: [], log: [asked(1, "where is volkov")] };
    await store.outbox.commit([update]);
    await store.outbox.commit([update]);
    expect((await tallied(store))[0]?.count).toBe(1);
  });

  it("prunes the questions asked before a given time", async () => {
    const store = await storeOn(await backend.fresh());
    await commit(store, asked(1, "new"), asked(2, "old", { askedAt: NOW - 100 * DAY_MS }));
    expect(await store.questions.forgetBefore(NOW - 90 * DAY_MS)).toBe(1);
    expect((await store.questions.tally(0)).map((r) => r.text)).toEqual(["new"]);
  });

  it("keeps one pseudonym key per installation: a reader's rows are found again after a restart and by the report", async () => {
    const database = await backend.fresh();
    const first = await storeOn(database);
    await commit(first, asked(1, "ada asks"));
    await first.close();
    open = [];
    const second = await storeOn(database);
    await commit(second, { type: "forget", userId: ADA });
    const report = await openQuestionLog(database);
    try {
      expect(await report.questions.tally(0)).toEqual([]);
    } finally {
      await report.close();
    }
  });

  it("drops a question whose id is taken already, and still stores the update's replies", async () => {
    const store = await storeOn(await backend.fresh());
    await commit(store, asked(1, "first"));
    const reply = { method: "sendMessage", body: Buffer.from('{"chat_id":1,"text":"hi"}') };
    const { stored } = await store.outbox.commit([{ updateId: 999, handledAt: NOW, calls: [{ call: reply, expiresAt: NOW + 1000 }], log: [asked(1, "second")] }]);
    expect(stored.get(999)).toHaveLength(1);
    expect((await tallied(store)).map((r) => r.text)).toEqual(["first"]);
  });
});
