import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.js";
import { TEST_TOKEN, useTestBot } from "../helpers/test-bot.js";
import { groupMessage, inlineQuery, sticker, textMessage } from "../helpers/updates.js";

function capture(level: "info" | "debug") {
  const lines: string[] = [];
  const logger = createLogger({ level, secrets: [TEST_TOKEN], destination: { write: (line: string) => void lines.push(line) } });
  return { logger, lines, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe("the update log at info level", () => {
  const log = capture("info");
  const bot = useTestBot({ logger: log.logger });

  it("writes one line per update: its id and type, the chat type, the answer's kind and source, the latency", async () => {
    const question = textMessage("where is volkov based");
    await bot.send(question);
    expect(log.entries()).toEqual([
      expect.objectContaining({
        msg: "update handled",
        update_id: question.update_id,
        update_type: "message",
        chat_type: "private",
        answer_kind: "answer",
        answer_source: "qa",
        latency_ms: expect.any(Number),
      }),
    ]);
  });

  it("logs ignored and non-answer updates too, each on one line", async () => {
    log.lines.splice(0);
    await bot.send(groupMessage("just chatting"));
    await bot.send(sticker());
    await bot.send(inlineQuery("where is volkov based"));
    expect(log.entries().map((entry) => [entry.update_type, entry.handler])).toEqual([
      ["message", "ignored"],
      ["message", "not-text"],
      ["inline_query", "inline"],
    ]);
  });

  it("keeps the question text and the token out of the log", async () => {
    await bot.send(textMessage("where is volkov based"));
    const all = log.lines.join("");
    expect(all).not.toContain("where is volkov based");
    expect(all).not.toContain(TEST_TOKEN);
  });
});

describe("the update log at debug level", () => {
  const log = capture("debug");
  const bot = useTestBot({ logger: log.logger });

  it("also records the question, for tuning the engine", async () => {
    const question = textMessage("where is volkov based");
    await bot.send(question);
    expect(log.entries()).toContainEqual(expect.objectContaining({ update_id: question.update_id, question: "where is volkov based" }));
  });
});
