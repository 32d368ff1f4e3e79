import { describe, expect, it } from "vitest";
import { createLogger } from "../src/logger.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";

function capturedLogger(level: "info" | "debug" = "info") {
  const lines: string[] = [];
  const logger = createLogger({ level, secrets: [TOKEN], destination: { write: (line: string) => void lines.push(line) } });
  return { logger, lines };
}

describe("the logger", () => {
  it("writes one JSON line per entry", () => {
    const { logger, lines } = capturedLogger();
    logger.info({ update_id: 7 }, "update handled");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? "")).toMatchObject({ level: 30, update_id: 7, msg: "update handled" });
  });

  it("never prints the bot token, whether under a key, in a message or inside an error", () => {
    const { logger, lines } = capturedLogger();
    logger.info({ botToken: TOKEN }, "config");
    logger.warn(`request to https://api.telegram.org/bot${TOKEN}/getMe failed`);
    logger.error({ err: new Error(`boom at /bot${TOKEN}/sendMessage`) }, "update failed");
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).not.toContain(TOKEN);
      expect(line).toContain("[redacted]");
    }
  });

  it("censors token and botToken one level down too, whatever their value: in objects, errors and a child's bindings", () => {
    const { logger, lines } = capturedLogger();
    const failure = Object.assign(new Error("getMe failed"), { token: "another-token" });
    logger.child({ upstream: { botToken: "child-token" } }).info({ config: { botToken: "config-token", apiRoot: "https://api" } }, "start");
    logger.error({ err: failure }, "update failed");
    const [start, failed] = lines.map((line) => JSON.parse(line));
    expect(start).toMatchObject({ upstream: { botToken: "[redacted]" }, config: { botToken: "[redacted]", apiRoot: "https://api" } });
    expect(failed.err).toMatchObject({ message: "getMe failed", token: "[redacted]" });
    expect(failed.err.stack).toContain("getMe failed");
    expect(lines.join("")).not.toMatch(/another-token|child-token|config-token/);
  });

  it("leaves debug entries out at info level", () => {
    const { logger, lines } = capturedLogger("info");
    logger.debug({ question: "where is volkov based" }, "question");
    expect(lines).toEqual([]);
  });
});
