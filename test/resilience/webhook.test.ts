import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { textUpdate } from "../../src/bench/fake-bot-api.js";
import { freePort, startTestBot, waitUntil, type TestBot } from "./harness.js";

const SECRET = "s3cret_from-config";
let testBot: TestBot;
let hook: string;

beforeEach(async () => {
  const port = await freePort();
  hook = `http://127.0.0.1:${port}/telegram/hook`;
  testBot = await startTestBot({ webhook: { url: "https://bot.example.org/telegram/hook", secret: SECRET, port, host: "127.0.0.1" } });
  await testBot.api.waitFor("setWebhook");
});
afterEach(() => testBot.stop());

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(hook, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

describe("webhook mode", () => {
  it("registers the public URL with the secret, and answers GET /healthz with 200", async () => {
    const setWebhook = testBot.api.calls.find((c) => c.method === "setWebhook");
    expect(setWebhook?.payload).toMatchObject({ url: "https://bot.example.org/telegram/hook", secret_token: SECRET });
    const health = await fetch(hook.replace("/telegram/hook", "/healthz"));
    expect(health.status).toBe(200);
  });

  it("handles an update that carries the right secret header", async () => {
    const res = await post(textUpdate(1, "hello hook"), { "x-telegram-bot-api-secret-token": SECRET });
    expect(res.status).toBe(200);
    await testBot.api.waitFor("sendMessage");
    expect(testBot.replies()).toEqual(["echo: hello hook"]);
  });

  it("refuses an update without the secret header (401) or with a wrong one (403), and handles neither", async () => {
    expect((await post(textUpdate(1, "no secret"))).status).toBe(401);
    expect((await post(textUpdate(2, "bad secret"), { "x-telegram-bot-api-secret-token": "guess" })).status).toBe(403);
    const good = await post(textUpdate(3, "good"), { "x-telegram-bot-api-secret-token": SECRET });
    expect(good.status).toBe(200);
    await waitUntil(() => testBot.replies().length > 0);
    expect(testBot.replies()).toEqual(["echo: good"]);
  });
});
