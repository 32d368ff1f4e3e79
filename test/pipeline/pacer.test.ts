import { describe, expect, it } from "vitest";
import { createFloodLimit } from "../../src/pipeline/flood-limit.js";
import { createPacer, isPacedMethod } from "../../src/pipeline/pacer.js";
import { DEFAULT_PIPELINE } from "../../src/pipeline/options.js";

/** Reserves `count` sends to `chatId` at the same instant and returns the waits, in ms. */
function burst(pacer: ReturnType<typeof createPacer>, chatId: number, count: number, now = 0): number[] {
  return Array.from({ length: count }, () => pacer.reserveChat(chatId, now));
}

describe("pacing to Telegram's limits", () => {
  it("lets a short burst to one chat through at once, then spaces messages a second apart", () => {
    const pacer = createPacer({ ...DEFAULT_PIPELINE.pacing, globalPerSecond: 0 });
    expect(burst(pacer, 7, 5)).toEqual([0, 0, 0, 1000, 2000]);
  });

  it("keeps chats apart: a busy chat does not slow another one", () => {
    const pacer = createPacer({ ...DEFAULT_PIPELINE.pacing, globalPerSecond: 0 });
    burst(pacer, 7, 5);
    expect(pacer.reserveChat(8, 0)).toBe(0);
  });

  it("holds a group to 20 messages a minute, three seconds apart after the burst", () => {
    const pacer = createPacer({ ...DEFAULT_PIPELINE.pacing, globalPerSecond: 0 });
    const waits = burst(pacer, -100, 5);
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    expect(waits[3]).toBe(3000);
    expect(waits[4]).toBe(6000);
  });

  it("holds all chats together to 30 messages a second", () => {
    const pacer = createPacer(DEFAULT_PIPELINE.pacing);
    const waits = Array.from({ length: 60 }, () => pacer.reserveGlobal(0));
    // 60 messages to 60 chats take about two seconds, not zero.
    expect(Math.max(...waits)).toBeGreaterThan(1800);
    expect(Math.max(...waits)).toBeLessThanOrEqual(2000);
  });

  it("adds no wait at all across many chats when the global limit is switched off", () => {
    const pacer = createPacer({ ...DEFAULT_PIPELINE.pacing, globalPerSecond: 0 });
    const waits = Array.from({ length: 5000 }, (_, i) => pacer.reserveChat(i + 1, i) + pacer.reserveGlobal(i));
    expect(waits.every((w) => w === 0)).toBe(true);
  });

  it("a group's slot seconds ahead takes no overall slot: another chat's message goes at once", () => {
    const pacer = createPacer(DEFAULT_PIPELINE.pacing);
    for (const wait of burst(pacer, -100, 10)) if (wait === 0) pacer.reserveGlobal(0);
    expect(pacer.reserveChat(42, 0) + pacer.reserveGlobal(0)).toBeLessThan(200);
  });

  it("paces only methods that post into a chat", () => {
    expect(["sendMessage", "sendPhoto", "copyMessage", "forwardMessage"].every(isPacedMethod)).toBe(true);
    expect(["sendChatAction", "answerInlineQuery", "answerCallbackQuery", "getMe"].some(isPacedMethod)).toBe(false);
  });
});

describe("memory that follows recent traffic, not all traffic ever", () => {
  it("the pacer forgets, on its sweep, every chat whose slots are free again", () => {
    const pacer = createPacer({ ...DEFAULT_PIPELINE.pacing, globalPerSecond: 0 });
    for (let chat = 1; chat <= 50_000; chat++) pacer.reserveChat(chat, 0);
    pacer.reserveChat(-100, 10_000);
    expect(pacer.size).toBeGreaterThanOrEqual(50_000);
    pacer.sweep(10_000);
    // Only the group, which sent a moment ago, is still remembered (per chat and per group).
    expect(pacer.size).toBe(2);
  });

  it("the flood limit forgets, on its sweep, everyone whose window has passed", () => {
    const flood = createFloodLimit({ ...DEFAULT_PIPELINE.flood, windowMs: 60_000 });
    for (let user = 1; user <= 50_000; user++) flood.check(user, 0);
    flood.check(7, 59_000);
    flood.sweep(60_000);
    expect(flood.size).toBe(0);
    flood.check(8, 60_000);
    flood.sweep(61_000);
    expect(flood.size).toBe(1);
  });
});
