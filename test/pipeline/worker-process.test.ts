// The real worker, src/main.ts, as its own process against the fake Bot API: signals, a kill in
// the middle of a reply, and a restart that sends what the killed one had stored.
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { apiError, startFakeBotApi, textUpdate, type FakeBotApi } from "../../src/bench/fake-bot-api.js";
import { spawnWorker, type SpawnedWorker } from "../../src/bench/spawn-worker.js";
import type { DatabaseSettings } from "../../src/store/index.js";
import { STORE_BACKENDS } from "../helpers/stores.js";
import { TOKEN } from "./harness.js";

const MAIN = fileURLToPath(new URL("../../src/main.ts", import.meta.url));

let api: FakeBotApi | undefined;
let workers: SpawnedWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.map((w) => w.stop(1000)));
  workers = [];
  await api?.close();
});

const databaseEnv = (database: DatabaseSettings): Record<string, string> =>
  database.kind === "sqlite" ? { DATABASE_PATH: database.path } : { DATABASE_URL: database.url };

function startWorker(apiRoot: string, database: DatabaseSettings): SpawnedWorker {
  const worker = spawnWorker(MAIN, { BOT_TOKEN: TOKEN, NODE_ENV: "production", TELEGRAM_API_ROOT: apiRoot, ...databaseEnv(database) });
  workers.push(worker);
  return worker;
}

/** The worker's JSON log lines (NODE_ENV=production). */
const logLines = (w: SpawnedWorker) =>
  w.output().trim().split("\n").map((line) => JSON.parse(line) as { level: number; msg: string; count?: number });
const sentOk = (a: FakeBotApi) => a.calls.filter((c) => c.method === "sendMessage" && c.ok);

describe.each(STORE_BACKENDS)("a reply stored on $name survives the worker", (backend) => {
  it("when the worker is killed (SIGKILL) while Telegram hangs on its reply, the next start sends that reply, once", async () => {
    const database = await backend.fresh();
    api = await startFakeBotApi();
    api.fail("sendMessage", { delayMs: 60_000 });
    api.push(textUpdate(1, "where is Volkov based?"));
    const first = startWorker(api.url, database);
    await api.waitFor("sendMessage", 1, { arrived: true });
    first.child.kill("SIGKILL");
    await first.exited;
    expect(sentOk(api)).toHaveLength(0);

    const second = startWorker(api.url, database);
    await api.waitFor("sendMessage", 1);
    await api.waitFor("getUpdates", 2);
    expect(logLines(second).find((l) => l.msg === "replies left by the last run, sending them")?.count).toBe(1);
    expect(sentOk(api)).toHaveLength(1);
    expect(sentOk(api)[0]?.payload.chat_id).toBe(1001);
    expect(await second.stop()).toBe(0);
  }, 30_000);
});

describe("signals", () => {
  it("on SIGTERM, twice, while a reply is in flight: the reply is still sent once and the process exits 0 within 10 s", async () => {
    api = await startFakeBotApi();
    // Telegram is slow to accept the reply: it is still in flight when the signals arrive.
    api.fail("sendMessage", { delayMs: 1500 });
    api.push(textUpdate(1, "where is Volkov based?"));
    const worker = startWorker(api.url, await STORE_BACKENDS[0]!.fresh());
    await api.waitFor("sendMessage", 1, { arrived: true });
    const signalledAt = Date.now();
    worker.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 200));
    worker.child.kill("SIGTERM");

    expect(await worker.exited).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    expect(sentOk(api)).toHaveLength(1);
    expect(logLines(worker).map((l) => l.msg)).toEqual(expect.arrayContaining(["already stopping", "reply sent"]));
    expect(logLines(worker).at(-1)?.msg).toBe("bot stopped");
  }, 20_000);

  it("when Telegram never takes the reply, SIGTERM still exits 0 within 10 s and the reply stays stored", async () => {
    api = await startFakeBotApi();
    api.fail("sendMessage", ...Array.from({ length: 50 }, () => apiError(502, "Bad Gateway")));
    api.push(textUpdate(1, "where is Volkov based?"));
    const worker = startWorker(api.url, await STORE_BACKENDS[0]!.fresh());
    await api.waitFor("sendMessage", 1, { arrived: true });
    const signalledAt = Date.now();
    worker.child.kill("SIGTERM");
    expect(await worker.exited).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    expect(logLines(worker).map((l) => l.msg)).toContain("shutdown grace period over; replies left in the store for the next start");
  }, 20_000);

  it("when Telegram rejects the token, the process exits 1 with one line naming BOT_TOKEN", async () => {
    api = await startFakeBotApi();
    api.fail("getMe", apiError(401, "Unauthorized"));
    const worker = startWorker(api.url, await STORE_BACKENDS[0]!.fresh());
    expect(await worker.exited).toBe(1);
    const fatal = logLines(worker).filter((line) => line.level === 60);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]?.msg).toMatch(/BOT_TOKEN/);
  });
});
