import { describe, expect, it } from "vitest";
import { createSealer } from "../../src/store/sealed.js";

const texts = ["sendMessage\n{\"chat_id\":42,\"text\":\"где Волков?\"}", "", "x".repeat(5000), "answerCallbackQuery\n{\"callback_query_id\":\"7\"}"];

describe("sealed outbox rows", () => {
  it("open, each on its own, to what was sealed in one batch, whatever their length and script", () => {
    const sealer = createSealer("123:token", "outbox");
    const rows = sealer.sealAll(texts);
    expect(rows.map((row) => sealer.open(row))).toEqual(texts);
    expect(rows.reverse().map((row) => sealer.open(row))).toEqual([...texts].reverse());
  });

  it("show nothing of the text, and differ each time the same text is sealed", () => {
    const sealer = createSealer("123:token", "outbox");
    const [first, second] = [sealer.sealAll([texts[0]!])[0]!, sealer.sealAll([texts[0]!])[0]!];
    expect(Buffer.from(first).includes("42")).toBe(false);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
  });

  it("do not open under another secret", () => {
    const rows = createSealer("123:token", "outbox").sealAll(texts);
    const other = createSealer("456:another", "outbox");
    expect(rows.map((row) => other.open(row))).toEqual(texts.map(() => undefined));
  });
});
