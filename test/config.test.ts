import { describe, expect, it } from "vitest";
import { ConfigError, configErrors, createConfig, DEFAULT_DATABASE_PATH, DEFAULT_TELEGRAM_API_ROOT } from "../src/config.js";
import { DEFAULT_PIPELINE } from "../src/pipeline/index.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";

describe("createConfig", () => {
  it("reads a token and falls back to Telegram's API and info logs", () => {
    expect(createConfig({ BOT_TOKEN: TOKEN })).toEqual({
      botToken: TOKEN,
      telegramApiRoot: DEFAULT_TELEGRAM_API_ROOT,
      logLevel: "info",
      logFormat: "pretty",
      pipeline: DEFAULT_PIPELINE,
      database: { kind: "sqlite", path: DEFAULT_DATABASE_PATH },
    });
  });

  it("takes a self-hosted API root, keeping its path for telegraf to build method URLs on", () => {
    expect(createConfig({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: "http://127.0.0.1:8081/tg" }).telegramApiRoot).toBe("http://127.0.0.1:8081/tg/");
  });

  it("takes a log level in any case", () => {
    expect(createConfig({ BOT_TOKEN: TOKEN, LOG_LEVEL: "DEBUG" }).logLevel).toBe("debug");
  });

  it.each([
    ["a missing token", {}, configErrors.missingToken],
    ["a blank token", { BOT_TOKEN: "  " }, configErrors.missingToken],
    ["a token of the wrong shape", { BOT_TOKEN: "not-a-token" }, configErrors.malformedToken],
    ["an API root that is not a URL", { BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: "localhost" }, configErrors.badApiRoot],
    ["an unknown log level", { BOT_TOKEN: TOKEN, LOG_LEVEL: "loud" }, configErrors.badLogLevel("loud")],
  ])("fails with one clear ConfigError for %s", (_, env, message) => {
    expect(() => createConfig(env)).toThrow(new ConfigError(message));
  });

  it("says where a token comes from and how to try the bot without one", () => {
    expect(configErrors.missingToken).toMatch(/BOT_TOKEN/);
    expect(configErrors.missingToken).toMatch(/@BotFather/);
    expect(configErrors.missingToken).toMatch(/npm run chat/);
  });

  it("never repeats a malformed token back, since it may still be a secret", () => {
    const nearMiss = "123456789:short-secret";
    expect(() => createConfig({ BOT_TOKEN: nearMiss })).toThrow(expect.objectContaining({ message: expect.not.stringContaining("short-secret") }));
  });
});
