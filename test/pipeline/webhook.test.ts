import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { apiError, textUpdate } from "../../src/bench/fake-bot-api.js";
import type { FakeBotApi } from "../../src/bench/fake-bot-api.js";
import type { DeepPartial, PipelineOptions } from "../../src/pipeline/options.js";
import { startTestBot, waitUntil, type TestBot } from "./harness.js";

const SECRET = "s3cret_from-config";
const HEADERS = { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET };
let testBot: TestBot | undefined;
let port = 0;
afterEach(async () => {
  await testBot?.stop();
  testBot = undefined;
});

async function startHook({ options = {} as DeepPartial<PipelineOptions>, prepare = (_: FakeBotApi) => {}, ready = true } = {}): Promise<TestBot> {
  // Port 0: the system picks a free one, so no other test can take it between a probe and the listen.
  const webhook = { url: "https://bot.example.org/telegram/hook", secret: SECRET, port: 0, host: "127.0.0.1" };
  testBot = await startTestBot({ receiving: { webhook }, options, prepare });
  const started = testBot;
  await waitUntil(() => started.running.port() !== undefined);
  port = started.running.port() as number;
  if (ready) await started.running.started;
  return started;
}

const hook = () => `http://127.0.0.1:${port}/telegram/hook`;
const post = (body: string, headers: Record<string, string> = HEADERS) => fetch(hook(), { method: "POST", headers, body });

/** A raw HTTP request, for bodies fetch will not send: split mid-character, or never finished. */
function rawPost(parts: Buffer[], { gapMs = 20, end = true } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let answer = "";
    socket.on("data", (chunk) => (answer += chunk));
    socket.on("close", () => resolve(answer));
    socket.on("error", reject);
    const length = parts.reduce((n, p) => n + p.length, 0) + (end ? 0 : 1);
    socket.write(`POST /telegram/hook HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\nx-telegram-bot-api-secret-token: ${SECRET}\r\ncontent-length: ${length}\r\nconnection: close\r\n\r\n`);
    parts.forEach((part, i) => setTimeout(() => socket.write(part), gapMs * (i + 1)));
  });
}

describe("webhook mode", () => {
  it("registers the public URL with the secret, and answers GET and HEAD /healthz with 200 and the outbox depth", async () => {
    await startHook();
    expect(testBot!.api.calls.find((c) => c.method === "setWebhook")?.payload).toMatchObject({ url: "https://bot.example.org/telegram/hook", secret_token: SECRET });
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok", outbox: 0 });
    expect((await fetch(`http://127.0.0.1:${port}/healthz`, { method: "HEAD" })).status).toBe(200);
  });

  it("acknowledges an update once its reply is stored, then sends the reply through a checked sendMessage call", async () => {
    // Telegram is slow to take the reply, so it is still in the store when the 200 goes out.
    await startHook({ prepare: (api) => api.fail("sendMessage", { delayMs: 300 }, { delayMs: 300 }) });
    const res = await post(JSON.stringify(textUpdate(1, "hello hook")));
    expect(res.status).toBe(200);
    expect((await testBot!.store.outbox.pending()).calls.map((c) => c.updateId)).toEqual([1]);
    await testBot!.api.waitFor("sendMessage");
    expect(testBot!.replies()).toEqual(["echo: hello hook"]);
  });

  it("refuses an update without the secret header (401) or with a wrong one (403), and handles neither", async () => {
    await startHook();
    const body = (id: number) => JSON.stringify(textUpdate(id, `update ${id}`));
    expect((await post(body(1), { "content-type": "application/json" })).status).toBe(401);
    expect((await post(body(2), { ...HEADERS, "x-telegram-bot-api-secret-token": "guess" })).status).toBe(403);
    expect((await post(body(3))).status).toBe(200);
    await waitUntil(() => testBot!.replies().length > 0);
    expect(testBot!.replies()).toEqual(["echo: update 3"]);
  });

  it.each([["null"], ["[]"], ['"text"'], ["{}"], ['{"update_id":"7"}'], ["{not json"]])("answers 400 to a body that is not an update (%s), and keeps serving", async (body) => {
    await startHook();
    expect((await post(body)).status).toBe(400);
    expect((await post(JSON.stringify(textUpdate(9, "still fine")))).status).toBe(200);
  });

  it("answers 413 to a body over 1 MB, whether it says so up front or not", async () => {
    await startHook();
    const big = JSON.stringify(textUpdate(1, "x".repeat(1_100_000)));
    expect((await post(big)).status).toBe(413);
    const answer = await rawPost([Buffer.from(big.slice(0, 600_000)), Buffer.from(big.slice(600_000))]);
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(testBot!.replies()).toEqual([]);
  });

  it("reads a body as UTF-8 even when a character is split between two chunks", async () => {
    await startHook();
    const bytes = Buffer.from(JSON.stringify(textUpdate(1, "где Волков?")));
    const split = bytes.indexOf(Buffer.from("Волков")) + 1;
    const answer = await rawPost([bytes.subarray(0, split), bytes.subarray(split)]);
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    await testBot!.api.waitFor("sendMessage");
    expect(testBot!.replies()).toEqual(["echo: где Волков?"]);
  });

  it("cuts off a body that stops arriving, after the body timeout", async () => {
    await startHook({ options: { webhook: { bodyTimeoutMs: 300 } } });
    const started = Date.now();
    const answer = await rawPost([Buffer.from('{"update_id": 1,')], { end: false });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("answers 503 to requests above the cap on concurrent ones, and serves again once they are done", async () => {
    await startHook({ options: { webhook: { maxConcurrentRequests: 2, bodyTimeoutMs: 1000 } } });
    const slow = [rawPost([Buffer.from("{")], { end: false }), rawPost([Buffer.from("{")], { end: false })];
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await post(JSON.stringify(textUpdate(1, "third")))).status).toBe(503);
    await Promise.all(slow);
    expect((await post(JSON.stringify(textUpdate(2, "later")))).status).toBe(200);
  });

  it("takes no update before the bot knows itself (getMe failing at start): 503, no crash, then serves", async () => {
    const failing = Array.from({ length: 6 }, () => ({ status: 200, html: "<html>proxy error page</html>" }));
    await startHook({ ready: false, options: { retry: { baseDelayMs: 100, maxDelayMs: 100 } }, prepare: (api) => api.fail("getMe", apiError(502, "Bad Gateway"), ...failing) });
    expect((await post(JSON.stringify(textUpdate(1, "too early")))).status).toBe(503);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(503);
    await testBot!.running.started;
    expect((await post(JSON.stringify(textUpdate(2, "now")))).status).toBe(200);
    await testBot!.api.waitFor("sendMessage");
    expect(testBot!.replies()).toEqual(["echo: now"]);
  });
});
