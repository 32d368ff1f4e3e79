import { afterEach, describe, expect, it } from "vitest";
import { apiError, textUpdate } from "../../src/bench/fake-bot-api.js";
import { LOG_TEXT } from "../../src/pipeline/messages.js";
import { startTestBot, waitUntil, type TestBot } from "./harness.js";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.stop();
  testBot = undefined;
});

const sendAttempts = (t: TestBot) => t.api.calls.filter((c) => c.method === "sendMessage").length;
const errorLines = (t: TestBot) => t.logs.lines().filter((l) => l.level === 50);
const PROXY_PAGE = "<html><body><h1>502 Bad Gateway</h1></body></html>";

describe("a reply that surely did not reach Telegram is retried until it arrives", () => {
  it("when sendMessage answers 429 with retry_after and then succeeds, the user gets exactly one reply", async () => {
    testBot = await startTestBot({ prepare: (api) => api.fail("sendMessage", apiError(429, "Too Many Requests: retry after 2", 2)) });
    const started = Date.now();
    testBot.api.push(textUpdate(1, "who was arrested?"));
    await testBot.api.waitFor("sendMessage");
    expect(testBot.replies()).toEqual(["echo: who was arrested?"]);
    // retry_after 2 × 20 ms per "second" in the test options.
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
  });

  it("when sendMessage answers 502 (JSON, then a proxy's HTML page) many times, it is sent again until it arrives", async () => {
    const jsonError = { status: 502, body: { ok: false, error_code: 502, description: "Bad Gateway" } };
    const htmlPage = { status: 502, html: PROXY_PAGE };
    testBot = await startTestBot({ prepare: (api) => api.fail("sendMessage", jsonError, htmlPage, htmlPage, htmlPage, htmlPage, jsonError) });
    testBot.api.push(textUpdate(1, "where is Volkov?"));
    await testBot.api.waitFor("sendMessage");
    expect(testBot.replies()).toEqual(["echo: where is Volkov?"]);
    expect(sendAttempts(testBot)).toBe(7);
  });
});

describe("a reply that may have reached Telegram is retried once at most", () => {
  it("when the connection is reset mid-request, the reply is sent again and arrives", async () => {
    testBot = await startTestBot({ prepare: (api) => api.fail("sendMessage", "reset") });
    testBot.api.push(textUpdate(1, "what happened in Moscow?"));
    await testBot.api.waitFor("sendMessage");
    expect(testBot.replies()).toEqual(["echo: what happened in Moscow?"]);
  });

  it("when sendMessage gets no answer twice (a timeout, then a reset), it is not tried a third time: one error line", async () => {
    testBot = await startTestBot({ prepare: (api) => api.fail("sendMessage", { delayMs: 5000 }, "reset") });
    testBot.api.push(textUpdate(1, "lost in the wires"));
    await waitUntil(() => errorLines(testBot!).length > 0, 5000);
    testBot.api.push(textUpdate(2, "next one", 1002));
    await testBot.api.waitFor("sendMessage");
    expect(sendAttempts(testBot)).toBe(3);
    expect(testBot.replies()).toEqual(["echo: next one"]);
    expect(errorLines(testBot)).toEqual([expect.objectContaining({ msg: LOG_TEXT.dropped, update_id: 1, attempts: 2, failure: "UND_ERR_SOCKET" })]);
  });
});

describe("failures that waiting cannot fix are not retried", () => {
  it("a 400 Bad Request is tried once and logged with the update id, and the bot keeps answering", async () => {
    testBot = await startTestBot({ prepare: (api) => api.fail("sendMessage", apiError(400, "Bad Request: can't parse entities")) });
    testBot.api.push(textUpdate(1, "first"));
    await waitUntil(() => errorLines(testBot!).length > 0);
    testBot.api.push(textUpdate(2, "second"));
    await testBot.api.waitFor("sendMessage");
    expect(sendAttempts(testBot)).toBe(2);
    expect(testBot.replies()).toEqual(["echo: second"]);
    expect(errorLines(testBot)).toEqual([expect.objectContaining({ msg: LOG_TEXT.dropped, update_id: 1, failure: "400 Bad Request: can't parse entities" })]);
  });

  it("an HTML page with a 200 or 403 status is not the Bot API's answer: not retried as if the network failed", async () => {
    testBot = await startTestBot({ prepare: (api) => api.fail("sendMessage", { status: 200, html: "<html>captive portal</html>" }, { status: 403, html: "<html>Forbidden</html>" }) });
    testBot.api.push(textUpdate(1, "one", 11), textUpdate(2, "two", 12));
    await waitUntil(() => errorLines(testBot!).length === 2);
    expect(sendAttempts(testBot)).toBe(2);
    expect(errorLines(testBot).map((l) => l.failure).sort()).toEqual(["200 (not a Bot API answer)", "403 (not a Bot API answer)"]);
  });

  it("a reply still failing when its time is up is dropped with one error line, and the next update is answered", async () => {
    const unavailable = { status: 503, body: "Service Unavailable" };
    testBot = await startTestBot({ options: { replyTtlMs: 150 }, prepare: (api) => api.fail("sendMessage", ...Array.from({ length: 40 }, () => unavailable)) });
    testBot.api.push(textUpdate(1, "lost cause"));
    await waitUntil(() => errorLines(testBot!).length > 0);
    testBot.api.fail("sendMessage");
    expect(errorLines(testBot)).toEqual([expect.objectContaining({ msg: LOG_TEXT.expired, method: "sendMessage", update_id: 1, failure: "503" })]);
    // Dropped, it leaves the store too (removals are gathered for a few milliseconds).
    const pending = async () => (await testBot!.store.outbox.pending()).calls.length;
    for (let i = 0; i < 50 && (await pending()) > 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await pending()).toBe(0);
  });
});
