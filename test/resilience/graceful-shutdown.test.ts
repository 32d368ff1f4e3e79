import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { apiError, startFakeBotApi, textUpdate, type FakeBotApi } from "../../src/bench/fake-bot-api.js";
import { spawnWorker, type SpawnedWorker } from "../../src/bench/spawn-worker.js";
import { TOKEN } from "./harness.js";

const MAIN = fileURLToPath(new URL("../../src/main.ts", import.meta.url));

let api: FakeBotApi | undefined;
let worker: SpawnedWorker | undefined;
afterEach(async () => {
  await worker?.stop(1000);
  await api?.close();
});

/** The real worker, src/main.ts, as its own process against the fake Bot API. */
const startWorker = (apiRoot: string) => spawnWorker(MAIN, { BOT_TOKEN: TOKEN, NODE_ENV: "production", TELEGRAM_API_ROOT: apiRoot });

/** The worker's JSON log lines (NODE_ENV=production). */
const logLines = (w: SpawnedWorker) =>
  w.output().trim().split("\n").map((line) => JSON.parse(line) as { level: number; msg: string });

describe("graceful shutdown of the worker process", () => {
  it("on SIGTERM while a reply is in flight, the reply is still sent and the process exits 0", async () => {
    api = await startFakeBotApi();
    // Telegram is slow to accept the reply: it is still in flight when SIGTERM arrives.
    api.fail("sendMessage", { delayMs: 1500 });
    api.push(textUpdate(1, "where is Volkov based?"));
    worker = startWorker(api.url);
    await api.waitFor("sendMessage", 1, { arrived: true });
    const signalledAt = Date.now();
    worker.child.kill("SIGTERM");

    expect(await worker.exited).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    expect(api.calls.filter((c) => c.method === "sendMessage" && c.ok)).toHaveLength(1);
    // The answered update was confirmed, so a restarted worker would not get it again.
    expect(api.calls.filter((c) => c.method === "getUpdates").at(-1)?.payload.offset).toBe(2);
    expect(logLines(worker).at(-1)?.msg).toBe("bot stopped");
  });

  it("when Telegram rejects the token, the process exits 1 with one line naming BOT_TOKEN", async () => {
    api = await startFakeBotApi();
    api.fail("getMe", apiError(401, "Unauthorized"));
    worker = startWorker(api.url);
    expect(await worker.exited).toBe(1);
    const fatal = logLines(worker).filter((line) => line.level === 60);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]?.msg).toMatch(/BOT_TOKEN/);
  });
});
