import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/engine/types.js";
import { type ButtonAction, decodeAction, encodeAction } from "../../src/telegram/callback-data.js";
import { answerKeyboard, topicOfKeyboard } from "../../src/telegram/keyboard.js";
import { newQuestionId } from "../../src/telegram/question-log.js";

const answer = (fields: Partial<Extract<Answer, { kind: "answer" }>>): Answer => ({
  kind: "answer",
  source: "qa",
  citations: [{ id: "9.1", text: "Volkov is based in Lithuania." }],
  confidence: 0.8,
  alternatives: [],
  ...fields,
});

describe("button data", () => {
  it("round-trips what a button asks for", () => {
    const actions: ButtonAction[] = [
      { type: "context", sentenceIds: ["9.1", "12.1"] },
      { type: "context", sentenceIds: ["9.1"], entryId: "volkov-location" },
      { type: "entry", entryId: "volkov-location" },
      { type: "vote", questionId: newQuestionId(), up: true },
      { type: "vote", questionId: Number.MAX_SAFE_INTEGER, up: false },
    ];
    for (const action of actions) {
      expect(decodeAction(encodeAction(action))).toEqual(action);
    }
  });

  it("reads no vote from data this bot never wrote", () => {
    for (const data of ["vote:+:", "vote:+:ABC", "vote:-:1;2", "vote:+:zzzzzzzzzzzz", "vote:*:12"]) expect(decodeAction(data)).toBeUndefined();
  });

  it("keeps Show context within Telegram's 64 bytes, keeping the best evidence (listed first)", () => {
    const sentenceIds = Array.from({ length: 30 }, (_, i) => `${i + 10}.${i + 1}`);
    for (const entryId of [undefined, "volkov-location"]) {
      const data = encodeAction({ type: "context", sentenceIds, ...(entryId ? { entryId } : {}) }) ?? "";
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      const kept = decodeAction(data);
      const count = kept?.type === "context" ? kept.sentenceIds.length : 0;
      expect(count).toBeGreaterThan(1);
      expect(kept).toEqual({ type: "context", sentenceIds: sentenceIds.slice(0, count), ...(entryId ? { entryId } : {}) });
    }
  });

  it("leaves the entry out of Show context when its id cannot share the 64 bytes, and keeps the context", () => {
    expect(decodeAction(encodeAction({ type: "context", sentenceIds: ["9.1"], entryId: "x".repeat(60) }))).toEqual({ type: "context", sentenceIds: ["9.1"] });
  });

  it.each(["ctx:9.1;", "ctx:;volkov", "ctx:9.1,x;volkov"])("refuses %s, data this bot never wrote", (data) => {
    expect(decodeAction(data)).toBeUndefined();
  });

  it("leaves out a Did you mean button whose entry id cannot fit, rather than send a broken one", () => {
    const keyboard = answerKeyboard(
      answer({ alternatives: [{ id: "x".repeat(70), question: "Too long an id?", label: "Too long an id?" }, { id: "yulia", question: "Who is Yulia?", label: "Who is Yulia?" }] }),
      "en",
    );
    expect(keyboard?.inline_keyboard.flat().map((button) => button.text)).toEqual(["📖 Show context", "Who is Yulia?"]);
  });
});

describe("the topic of a bot message", () => {
  it("is read back from its Show context button: the entry and the cited sentences", () => {
    const keyboard = answerKeyboard(answer({ entryId: "volkov-location", citations: [{ id: "9.1", text: "…" }, { id: "8.1", text: "…" }] }), "en");
    expect(topicOfKeyboard(keyboard)).toEqual({ entryId: "volkov-location", sentenceIds: ["9.1", "8.1"] });
  });

  it("is the cited sentences alone for a passage answer, and nothing for a message without Show context", () => {
    expect(topicOfKeyboard(answerKeyboard(answer({ source: "passage" }), "en"))).toEqual({ sentenceIds: ["9.1"] });
    expect(topicOfKeyboard({ inline_keyboard: [[{ text: "Who is Yulia?", callback_data: "qa:yulia" }]] })).toBeUndefined();
    expect(topicOfKeyboard(undefined)).toBeUndefined();
  });
});

describe("a logged question's id", () => {
  it("grows with time, and within a millisecond too, as a safe integer whatever the date", () => {
    const now = Date.UTC(2030, 0, 1);
    const ids = [newQuestionId(now), newQuestionId(now), newQuestionId(now + 1)];
    expect(ids[1]).toBeGreaterThan(ids[0]!);
    expect(ids[2]).toBeGreaterThan(ids[1]!);
    expect(Number.isSafeInteger(newQuestionId(Date.UTC(2200, 0, 1)))).toBe(true);
  });
});
