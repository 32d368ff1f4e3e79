import { afterEach, describe, expect, it } from "vitest";
import { apiError } from "../../src/bench/fake-bot-api.js";
import { startTestBot, waitUntil, type TestBot } from "./harness.js";

let testBot: TestBot | undefined;
afterEach(async () => {
  await testBot?.stop();
  testBot = undefined;
});

describe("the health endpoint in polling mode (HEALTH_PORT)", () => {
  it("answers 200 with the outbox depth while getUpdates works, and 503 once it has failed for longer than a poll", async () => {
    testBot = await startTestBot({ receiving: { healthPort: 0 } });
    const running = testBot.running;
    await waitUntil(() => running.port() !== undefined);
    const port = running.port() as number;
    await testBot.api.waitFor("getUpdates", 2);
    const healthy = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(healthy.status).toBe(200);
    expect(await healthy.json()).toEqual({ status: "ok", outbox: 0 });

    testBot.api.fail("getUpdates", ...Array.from({ length: 200 }, () => apiError(502, "Bad Gateway")));
    // A poll lasts at most 1 s + 0.5 s in the test options.
    await waitUntil(() => testBot!.logs.lines().filter((l) => l.msg === "getUpdates failed, polling again").length > 0);
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const stale = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(stale.status).toBe(503);
    expect(await stale.json()).toEqual({ status: "not polling", outbox: 0 });
    expect((await fetch(`http://127.0.0.1:${port}/telegram`, { method: "POST" })).status).toBe(404);
  });
});
