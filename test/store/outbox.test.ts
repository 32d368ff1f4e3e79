import { existsSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { createStore, StoreError, type DatabaseSettings, type HandledUpdate, type Store } from "../../src/store/index.js";
import { STORE_BACKENDS } from "../helpers/stores.js";

const SECRET = "123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-Fz";
const reply = (chatId: number, text: string) => ({ method: "sendMessage", body: Buffer.from(JSON.stringify({ chat_id: chatId, text })) });
const textOf = (call: { body: Buffer }) => JSON.parse(call.body.toString()).text as string;
const handled = (updateId: number, ...calls: Array<ReturnType<typeof reply>>): HandledUpdate => ({
  updateId,
  handledAt: 1_000 + updateId,
  calls: calls.map((call) => ({ call, expiresAt: 600_000 })),
});

let open: Store[] = [];
afterEach(async () => {
  await Promise.all(open.map((store) => store.close()));
  open = [];
});
const storeOn = async (database: DatabaseSettings, secret = SECRET) => {
  const store = await createStore({ database, secret });
  open.push(store);
  return store;
};

describe.each(STORE_BACKENDS)("the outbox on $name", (backend) => {
  it("stores an update's calls in the order they were made, lists them pending, and forgets them once removed", async () => {
    const store = await storeOn(await backend.fresh());
    const { stored, duplicates } = await store.outbox.commit([handled(1, reply(7, "first"), reply(7, "second")), handled(2, reply(8, "other"))]);
    expect(duplicates.size).toBe(0);
    expect(stored.get(1)?.map(textOf)).toEqual(["first", "second"]);
    const { calls } = await store.outbox.pending();
    expect(calls.map((c) => [c.updateId, c.method, textOf(c)])).toEqual([
      [1, "sendMessage", "first"],
      [1, "sendMessage", "second"],
      [2, "sendMessage", "other"],
    ]);
    await store.outbox.remove(stored.get(1)!.map((c) => c.id));
    expect((await store.outbox.pending()).calls.map((c) => c.updateId)).toEqual([2]);
  });

  it("stores nothing for an update that was handled before, however often Telegram delivers it", async () => {
    const store = await storeOn(await backend.fresh());
    await store.outbox.commit([handled(5, reply(7, "answer"))]);
    const again = await store.outbox.commit([handled(5, reply(7, "answer")), handled(5, reply(7, "answer")), handled(6)]);
    expect([...again.duplicates]).toEqual([5]);
    expect((await store.outbox.pending()).calls).toHaveLength(1);
  });

  it("keeps pending calls across a restart, with a timed-out call remembered as maybe delivered", async () => {
    const database = await backend.fresh();
    const first = await storeOn(database);
    const { stored } = await first.outbox.commit([handled(1, reply(7, "kept"))]);
    await first.outbox.markAmbiguous([stored.get(1)![0]!.id]);
    await first.close();
    open = [];
    const reopened = await storeOn(database);
    const { calls } = await reopened.outbox.pending();
    expect(calls.map((c) => [textOf(c), c.ambiguous])).toEqual([["kept", true]]);
  });

  it("keeps no chat id in clear, and a row sealed under another bot token is set apart as unreadable", async () => {
    const database = await backend.fresh();
    const store = await storeOn(database);
    await store.outbox.commit([handled(1, reply(987_654_321, "hello"))]);
    if (database.kind === "sqlite") {
      const files = ["", "-wal"].map((suffix) => database.path + suffix).filter(existsSync);
      expect(files.map((file) => readFileSync(file).includes("987654321")).some(Boolean)).toBe(false);
    }
    const other = await storeOn(database, "987654321:another-token-of-another-bot_xyz");
    const { calls, unreadable } = await other.outbox.pending();
    expect(calls).toEqual([]);
    expect(unreadable).toHaveLength(1);
  });

  it("forgets handled update ids older than a given time, so the table stays small", async () => {
    const store = await storeOn(await backend.fresh());
    await store.outbox.commit([handled(1), handled(2), handled(3)]);
    await store.outbox.forgetHandledBefore(1_003);
    const again = await store.outbox.commit([handled(1), handled(2), handled(3)]);
    expect([...again.duplicates]).toEqual([3]);
  });

  it("opens a database it has opened before without running its migrations again", async () => {
    const database = await backend.fresh();
    await (await storeOn(database)).close();
    open = [];
    await expect(storeOn(database)).resolves.toBeDefined();
  });
});

describe("opening the store", () => {
  it("creates the SQLite file's folder", async () => {
    const database = await STORE_BACKENDS[0]!.fresh();
    await storeOn(database);
    expect(database.kind === "sqlite" && existsSync(database.path)).toBe(true);
  });

  it("fails with a StoreError naming DATABASE_URL, never the password, when PostgreSQL cannot be reached", async () => {
    const error = await createStore({ database: { kind: "postgres", url: "postgres://bot:s3cretpass@127.0.0.1:1/bot" }, secret: SECRET }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as Error).message).toMatch(/DATABASE_URL/);
    expect((error as Error).message).not.toContain("s3cretpass");
  });
});
