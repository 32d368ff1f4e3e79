import { afterEach, describe, expect, it } from "vitest";
import { apiError, textUpdate } from "../../src/bench/fake-bot-api.js";
import { StartupError } from "../../src/pipeline/index.js";
import { STARTUP_TEXT } from "../../src/pipeline/messages.js";
import { startTestBot, type TestBot } from "./harness.js";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.stop();
  testBot = undefined;
});

const conflict = apiError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");

describe("starting while Telegram or another instance is in the way", () => {
  it("when getUpdates answers 409 Conflict (the old instance still polling), polling starts again and answers", async () => {
    testBot = await startTestBot({ prepare: (api) => api.fail("getUpdates", conflict, conflict) });
    testBot.api.push(textUpdate(1, "hello after deploy"));
    await testBot.api.waitFor("sendMessage");
    expect(testBot.replies()).toEqual(["echo: hello after deploy"]);
    expect(testBot.logs.lines().filter((l) => l.msg === STARTUP_TEXT.retrying)).toHaveLength(2);
  });

  it("when getMe fails at start (a 502, then a reset connection), the bot starts once it answers", async () => {
    testBot = await startTestBot({ prepare: (api) => api.fail("getMe", { status: 502 }, "reset") });
    testBot.api.push(textUpdate(1, "are you up?"));
    await testBot.api.waitFor("sendMessage");
    expect(testBot.replies()).toEqual(["echo: are you up?"]);
    expect(testBot.api.calls.filter((c) => c.method === "getMe")).toHaveLength(3);
    expect(testBot.logs.lines().filter((l) => l.level === 50)).toEqual([]);
  });

  it("when deleteWebhook keeps failing, start-up gives up after the retry period with a clear message", async () => {
    testBot = await startTestBot({
      options: { startupRetryMs: 300 },
      prepare: (api) => api.fail("deleteWebhook", ...Array.from({ length: 500 }, () => ({ status: 500 }))),
    });
    const failure = await testBot.running.done.then(() => undefined, (error: unknown) => error);
    expect(failure).toBeInstanceOf(StartupError);
    expect((failure as Error).message).toBe(STARTUP_TEXT.gaveUp(1, "500"));
  });

  it("when another instance keeps polling, start-up gives up after the retry period and says so", async () => {
    testBot = await startTestBot({
      options: { startupRetryMs: 200 },
      prepare: (api) => api.fail("getUpdates", ...Array.from({ length: 500 }, () => conflict)),
    });
    const failure = await testBot.running.done.then(() => undefined, (error: unknown) => error);
    expect((failure as Error).message).toBe(STARTUP_TEXT.gaveUp(1, "409") + STARTUP_TEXT.conflictHint);
  });

  it("when Telegram rejects the token (401), start-up fails at once with a message naming BOT_TOKEN", async () => {
    testBot = await startTestBot({ prepare: (api) => api.fail("getMe", apiError(401, "Unauthorized")) });
    const failure = await testBot.running.done.then(() => undefined, (error: unknown) => error);
    expect(failure).toBeInstanceOf(StartupError);
    expect((failure as Error).message).toBe(STARTUP_TEXT.unauthorized);
    expect((failure as Error).message).toContain("BOT_TOKEN");
    expect(testBot.api.calls.filter((c) => c.method === "getMe")).toHaveLength(1);
  });
});
