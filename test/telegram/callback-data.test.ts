import { describe, expect, it } from "vitest";
import { type ButtonAction, decodeAction, encodeAction } from "../../src/telegram/callback-data.js";
import { answerKeyboard } from "../../src/telegram/keyboard.js";

describe("button data", () => {
  it("round-trips what a button asks for", () => {
    const actions: ButtonAction[] = [{ type: "context", sentenceIds: ["9.1", "12.1"] }, { type: "entry", entryId: "volkov-location" }];
    for (const action of actions) {
      expect(decodeAction(encodeAction(action))).toEqual(action);
    }
  });

  it("keeps Show context within Telegram's 64 bytes, keeping the best evidence (listed first)", () => {
    const sentenceIds = Array.from({ length: 30 }, (_, i) => `${i + 10}.${i + 1}`);
    const data = encodeAction({ type: "context", sentenceIds }) ?? "";
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    const kept = decodeAction(data);
    expect(kept?.type === "context" && kept.sentenceIds.length).toBeGreaterThan(1);
    expect(kept).toEqual({ type: "context", sentenceIds: sentenceIds.slice(0, kept?.type === "context" ? kept.sentenceIds.length : 0) });
  });

  it("leaves out a Did you mean button whose entry id cannot fit, rather than send a broken one", () => {
    const keyboard = answerKeyboard({
      kind: "answer",
      source: "qa",
      citations: [{ id: "9.1", text: "Volkov is based in Lithuania." }],
      confidence: 0.8,
      alternatives: [{ id: "x".repeat(70), question: "Too long an id?", label: "Too long an id?" }, { id: "yulia", question: "Who is Yulia?", label: "Who is Yulia?" }],
    });
    expect(keyboard?.inline_keyboard.flat().map((button) => button.text)).toEqual(["📖 Show context", "Did you mean: Who is Yulia?"]);
  });
});
