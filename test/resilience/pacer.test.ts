import { describe, expect, it } from "vitest";
import { createPacer, isPacedMethod } from "../../src/telegram/resilience/pacer.js";
import { DEFAULT_RESILIENCE } from "../../src/telegram/resilience/options.js";

/** Reserves `count` sends to `chatId` at the same instant and returns the waits, in ms. */
function burst(pacer: ReturnType<typeof createPacer>, chatId: number, count: number, now = 0): number[] {
  return Array.from({ length: count }, () => pacer.reserve(chatId, now));
}

describe("pacing to Telegram's limits", () => {
  it("lets a short burst to one chat through at once, then spaces messages a second apart", () => {
    const pacer = createPacer({ ...DEFAULT_RESILIENCE.pacing, globalPerSecond: 0 });
    expect(burst(pacer, 7, 5)).toEqual([0, 0, 0, 1000, 2000]);
  });

  it("keeps chats apart: a busy chat does not slow another one", () => {
    const pacer = createPacer({ ...DEFAULT_RESILIENCE.pacing, globalPerSecond: 0 });
    burst(pacer, 7, 5);
    expect(pacer.reserve(8, 0)).toBe(0);
  });

  it("holds a group to 20 messages a minute, three seconds apart after the burst", () => {
    const pacer = createPacer({ ...DEFAULT_RESILIENCE.pacing, globalPerSecond: 0 });
    const waits = burst(pacer, -100, 5);
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    expect(waits[3]).toBe(3000);
    expect(waits[4]).toBe(6000);
  });

  it("holds all chats together to 30 messages a second", () => {
    const pacer = createPacer(DEFAULT_RESILIENCE.pacing);
    const waits = Array.from({ length: 60 }, (_, i) => pacer.reserve(i + 1, 0));
    // 60 messages to 60 chats take about two seconds, not zero.
    expect(Math.max(...waits)).toBeGreaterThan(1800);
    expect(Math.max(...waits)).toBeLessThanOrEqual(2000);
  });

  it("adds no wait at all across many chats when the global limit is switched off", () => {
    const pacer = createPacer({ ...DEFAULT_RESILIENCE.pacing, globalPerSecond: 0 });
    const waits = Array.from({ length: 5000 }, (_, i) => pacer.reserve(i + 1, i));
    expect(waits.every((w) => w === 0)).toBe(true);
  });

  it("paces only methods that post into a chat", () => {
    expect(["sendMessage", "sendPhoto", "copyMessage", "forwardMessage"].every(isPacedMethod)).toBe(true);
    expect(["sendChatAction", "answerInlineQuery", "answerCallbackQuery", "getMe"].some(isPacedMethod)).toBe(false);
  });
});
