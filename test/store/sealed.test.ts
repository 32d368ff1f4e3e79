import { describe, expect, it } from "vitest";
import { createSealer } from "../../src/store/sealed.js";

const texts = ["sendMessage\n{\"chat_id\":42,\"text\":\"где Волков?\"}", "", "x".repeat(5000), "answerCallbackQuery\n{\"callback_query_id\":\"7\"}"];
// Rows come in parts, strings or bytes, as the outbox gives them: a method line, then the JSON.
const rows = texts.map((text, i) => (i % 2 === 0 ? [text] : [text.slice(0, 3), Buffer.from(text.slice(3))]));

describe("sealed outbox rows", () => {
  it("open, each on its own, to what was sealed in one batch, whatever their length and script", () => {
    const sealer = createSealer("123:token", "outbox");
    const sealed = sealer.sealAll(rows);
    expect(sealed.map((row) => sealer.open(row))).toEqual(texts);
    expect(sealed.reverse().map((row) => sealer.open(row))).toEqual([...texts].reverse());
  });

  it("show nothing of the text, and differ each time the same text is sealed", () => {
    const sealer = createSealer("123:token", "outbox");
    const [first, second] = [sealer.sealAll([rows[0]!])[0]!, sealer.sealAll([rows[0]!])[0]!];
    expect(Buffer.from(first).includes("42")).toBe(false);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(false);
  });

  it("do not open under another secret", () => {
    const sealed = createSealer("123:token", "outbox").sealAll(rows);
    const other = createSealer("456:another", "outbox");
    expect(sealed.map((row) => other.open(row))).toEqual(texts.map(() => undefined));
  });
});
