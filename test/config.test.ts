import { describe, expect, it } from "vitest";
import { ConfigError, configErrors, createConfig, DEFAULT_DATABASE_PATH, DEFAULT_TELEGRAM_API_ROOT } from "../src/config.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../src/knowledge/load.js";
import { DEFAULT_PIPELINE } from "../src/pipeline/index.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";

describe("createConfig", () => {
  it("reads a token and falls back to Telegram's API, info logs, a 90-day question log, no admins and the knowledge beside the code", () => {
    expect(createConfig({ BOT_TOKEN: TOKEN })).toEqual({
      botToken: TOKEN,
      telegramApiRoot: DEFAULT_TELEGRAM_API_ROOT,
      logLevel: "info",
      logFormat: "pretty",
      pipeline: DEFAULT_PIPELINE,
      database: { kind: "sqlite", path: DEFAULT_DATABASE_PATH },
      questionLog: { enabled: true, keepDays: 90 },
      adminUserIds: new Set(),
      knowledgeDir: DEFAULT_KNOWLEDGE_DIR,
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

const config = (env: Record<string, string>) => createConfig({ BOT_TOKEN: TOKEN, ...env });

describe("the curator's settings from the environment", () => {
  it("keeps questions QUESTION_LOG_DAYS days, pruned by the pipeline, and QUESTION_LOG=off turns the log off", () => {
    const { questionLog, pipeline } = config({ QUESTION_LOG_DAYS: "30" });
    expect(questionLog).toEqual({ enabled: true, keepDays: 30 });
    expect(pipeline.questionLogKeepMs).toBe(30 * 86_400_000);
    expect(config({ QUESTION_LOG: "OFF" }).questionLog.enabled).toBe(false);
    expect(config({ QUESTION_LOG: "on" }).questionLog.enabled).toBe(true);
  });

  it("reads the admins' user ids, spaces and empty items allowed", () => {
    expect(config({ ADMIN_USER_IDS: " 42, 7000000001 ,," }).adminUserIds).toEqual(new Set([42, 7_000_000_001]));
  });

  it("takes the knowledge folder from KNOWLEDGE_DIR", () => {
    expect(config({ KNOWLEDGE_DIR: "/srv/bot/knowledge" }).knowledgeDir).toBe("/srv/bot/knowledge");
  });

  it.each([
    ["a question log neither on nor off", { QUESTION_LOG: "yes" }, configErrors.badQuestionLog("yes")],
    ["days that are not a whole number", { QUESTION_LOG_DAYS: "1.5" }, configErrors.badQuestionLogDays("1.5")],
    ["no days at all", { QUESTION_LOG_DAYS: "0" }, configErrors.badQuestionLogDays("0")],
    ["an admin that is a username, not an id", { ADMIN_USER_IDS: "42,@ada" }, configErrors.badAdminId("@ada")],
  ])("fails with one clear ConfigError for %s", (_, env, message) => {
    expect(() => config(env)).toThrow(new ConfigError(message));
  });
});
