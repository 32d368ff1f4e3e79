import { afterEach, describe, expect, it } from "vitest";
import { apiError, textUpdate } from "../../src/bench/fake-bot-api.js";
import { LOG_TEXT } from "../../src/telegram/resilience/messages.js";
import { startTestBot, waitUntil, type TestBot } from "./harness.js";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.stop();
  testBot = undefined;
});

const sendAttempts = (t: TestBot) => t.api.calls.filter((c) => c.method === "sendMessage").length;

describe("a reply that Telegram refuses for a while is still delivered", () => {
  it("when sendMessage answers 429 with retry_after and then succeeds, the user gets exactly one reply", async () => {
    testBot = await startTestBot({ prepare: (api) => api.fail("sendMessage", apiError(429, "Too Many Requests: retry after 2", 2)) });
    const started = Date.now();
    testBot.api.push(textUpdate(1, "who was arrested?"));
    await testBot.api.waitFor("sendMessage");
    expect(testBot.replies()).toEqual(["echo: who was arrested?"]);
    // retry_after 2 × 20 ms per "second" in the test options.
    expect(Date.now() - started).toBeGreaterThanOrEqual(40);
  });

  it("when sendMessage answers 502 three times and then succeeds, the reply arrives on the fourth attempt", async () => {
    const badGateway = { status: 502, body: "Bad Gateway" };
    testBot = await startTestBot({ prepare: (api) => api.fail("sendMessage", badGateway, badGateway, badGateway) });
    testBot.api.push(textUpdate(1, "where is Volkov?"));
    await testBot.api.waitFor("sendMessage");
    expect(testBot.replies()).toEqual(["echo: where is Volkov?"]);
    expect(sendAttempts(testBot)).toBe(4);
  });

  it("when the connection is reset mid-request, the reply is sent again and arrives", async () => {
    testBot = await startTestBot({ prepare: (api) => api.fail("sendMessage", "reset") });
    testBot.api.push(textUpdate(1, "what happened in Moscow?"));
    await testBot.api.waitFor("sendMessage");
    expect(testBot.replies()).toEqual(["echo: what happened in Moscow?"]);
  });
});

describe("failures that waiting cannot fix are not retried", () => {
  it("a 400 Bad Request is tried once and reported with the update id, and the bot keeps answering", async () => {
    testBot = await startTestBot({ prepare: (api) => api.fail("sendMessage", apiError(400, "Bad Request: can't parse entities")) });
    testBot.api.push(textUpdate(1, "first"));
    await testBot.api.waitFor("sendMessage"); // the apology
    testBot.api.push(textUpdate(2, "second"));
    await testBot.api.waitFor("sendMessage", 2);
    expect(sendAttempts(testBot)).toBe(3);
    expect(testBot.replies().at(-1)).toBe("echo: second");
    expect(testBot.logs.lines().find((l) => l.msg === LOG_TEXT.handlerFailed)).toMatchObject({ update_id: 1 });
  });

  it("after the last attempt fails, one error line says so and the next update is still answered", async () => {
    const unavailable = { status: 503, body: "Service Unavailable" };
    testBot = await startTestBot({ prepare: (api) => api.fail("sendMessage", unavailable, unavailable, unavailable, unavailable) });
    testBot.api.push(textUpdate(1, "lost cause"));
    await waitUntil(() => testBot!.logs.lines().some((l) => l.msg === LOG_TEXT.apiGaveUp));
    testBot.api.push(textUpdate(2, "next one"));
    await testBot.api.waitFor("sendMessage");
    expect(testBot.replies()).toEqual(["echo: next one"]);
    const errors = testBot.logs.lines().filter((l) => l.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ msg: LOG_TEXT.apiGaveUp, method: "sendMessage", update_id: 1, attempts: 4 });
  });
});
