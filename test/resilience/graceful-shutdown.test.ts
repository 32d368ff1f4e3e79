import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeBotApi, textUpdate, type FakeBotApi } from "../../src/bench/fake-bot-api.js";
import { TOKEN } from "./harness.js";

const MAIN = fileURLToPath(new URL("../../src/main.ts", import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

let api: FakeBotApi | undefined;
afterEach(() => api?.close());

/** The real worker (src/main.ts, through tsx) in an empty directory, so no .env is read. */
function startWorker(env: Record<string, string>) {
  const cwd = mkdtempSync(join(tmpdir(), "worker-shutdown-"));
  const child = spawn(process.execPath, ["--import", TSX, MAIN], {
    cwd,
    env: { PATH: process.env.PATH ?? "", BOT_TOKEN: TOKEN, NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  void exited.then(() => rmSync(cwd, { recursive: true, force: true }));
  // Never leave a worker behind, whatever the test did.
  setTimeout(() => child.kill("SIGKILL"), 15_000).unref();
  return { child, exited, output: () => output };
}

describe("graceful shutdown of the worker process", () => {
  it("on SIGTERM while a reply is in flight, the reply is still sent and the process exits 0", async () => {
    api = await startFakeBotApi();
    // Telegram is slow to accept the reply: it is still in flight when SIGTERM arrives.
    api.fail("sendMessage", { delayMs: 1500 });
    api.push(textUpdate(1, "where is Volkov based?"));
    const worker = startWorker({ TELEGRAM_API_ROOT: api.url });
    await api.waitFor("sendMessage", 1, { arrived: true });
    const signalledAt = Date.now();
    worker.child.kill("SIGTERM");

    expect(await worker.exited).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    expect(api.calls.filter((c) => c.method === "sendMessage" && c.ok)).toHaveLength(1);
    // The answered update was confirmed, so a restarted worker would not get it again.
    expect(api.calls.filter((c) => c.method === "getUpdates").at(-1)?.payload.offset).toBe(2);
    const lines = worker.output().trim().split("\n").map((line) => JSON.parse(line) as { msg: string });
    expect(lines.at(-1)?.msg).toBe("bot stopped");
  });

  it("when Telegram rejects the token, the process exits 1 with one line naming BOT_TOKEN", async () => {
    api = await startFakeBotApi();
    api.fail("getMe", { status: 401, body: { ok: false, error_code: 401, description: "Unauthorized" } });
    const worker = startWorker({ TELEGRAM_API_ROOT: api.url });
    expect(await worker.exited).toBe(1);
    const fatal = worker.output().trim().split("\n").map((line) => JSON.parse(line) as { level: number; msg: string }).filter((l) => l.level === 60);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]?.msg).toMatch(/BOT_TOKEN/);
  });
});
