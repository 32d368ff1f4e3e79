import { afterEach, describe, expect, it } from "vitest";
import { startFakeBotApi, textUpdate, type FakeBotApi } from "../../src/bench/fake-bot-api.js";

let api: FakeBotApi | undefined;
afterEach(() => api?.close());

async function poll(started: FakeBotApi): Promise<{ updates: unknown[]; ms: number }> {
  const at = performance.now();
  const response = await fetch(`${started.url}bot1:token/getUpdates`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ timeout: 50, offset: 0 }),
  });
  const { result } = (await response.json()) as { result: unknown[] };
  return { updates: result, ms: performance.now() - at };
}

describe("the fake Bot API's long polling", () => {
  it("holds an empty poll, as Telegram does, instead of answering it at once", async () => {
    api = await startFakeBotApi({ maxHoldMs: 300 });
    const { updates, ms } = await poll(api);
    expect(updates).toEqual([]);
    expect(ms).toBeGreaterThanOrEqual(250);
  });

  it("answers a held poll as soon as an update arrives", async () => {
    api = await startFakeBotApi({ maxHoldMs: 5000 });
    const held = poll(api);
    await api.waitFor("getUpdates", 1, { arrived: true });
    api.push(textUpdate(1, "where is volkov based"));
    const { updates, ms } = await held;
    expect(updates).toHaveLength(1);
    expect(ms).toBeLessThan(2000);
  });
});
