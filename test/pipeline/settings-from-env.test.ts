import { describe, expect, it } from "vitest";
import { ConfigError, configErrors, createConfig } from "../../src/config.js";
import { DEFAULT_PIPELINE } from "../../src/pipeline/index.js";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0";

describe("deployment settings from the environment", () => {
  it("polls by default, and logs JSON lines only when NODE_ENV=production", () => {
    expect(createConfig({ BOT_TOKEN: TOKEN }).webhook).toBeUndefined();
    expect(createConfig({ BOT_TOKEN: TOKEN }).logFormat).toBe("pretty");
    expect(createConfig({ BOT_TOKEN: TOKEN, NODE_ENV: "production" }).logFormat).toBe("json");
  });

  it("switches to a webhook when WEBHOOK_URL is set, on PORT (8080 if unset)", () => {
    const env = { BOT_TOKEN: TOKEN, WEBHOOK_URL: "https://bot.example.org/telegram", WEBHOOK_SECRET: "abc_DEF-123" };
    expect(createConfig(env).webhook).toEqual({ url: env.WEBHOOK_URL, secret: env.WEBHOOK_SECRET, port: 8080 });
    expect(createConfig({ ...env, PORT: "3000" }).webhook?.port).toBe(3000);
  });

  it("keeps the store in data/bot.sqlite, in DATABASE_PATH when set, and in PostgreSQL when DATABASE_URL is set", () => {
    expect(createConfig({ BOT_TOKEN: TOKEN }).database).toEqual({ kind: "sqlite", path: "data/bot.sqlite" });
    expect(createConfig({ BOT_TOKEN: TOKEN, DATABASE_PATH: "/var/lib/bot/db.sqlite" }).database).toEqual({ kind: "sqlite", path: "/var/lib/bot/db.sqlite" });
    const url = "postgres://bot:pw@db.internal:5432/bot";
    expect(createConfig({ BOT_TOKEN: TOKEN, DATABASE_URL: url, DATABASE_PATH: "ignored" }).database).toEqual({ kind: "postgres", url });
  });

  it("serves the health check in polling mode only when HEALTH_PORT is set", () => {
    expect(createConfig({ BOT_TOKEN: TOKEN }).healthPort).toBeUndefined();
    expect(createConfig({ BOT_TOKEN: TOKEN, HEALTH_PORT: "9090" }).healthPort).toBe(9090);
  });

  it.each([
    ["a webhook without a secret", { WEBHOOK_URL: "https://bot.example.org/hook" }, configErrors.badWebhookSecret],
    ["a secret Telegram would refuse", { WEBHOOK_URL: "https://bot.example.org/hook", WEBHOOK_SECRET: "has space" }, configErrors.badWebhookSecret],
    ["a webhook URL that is not https", { WEBHOOK_URL: "http://bot.example.org/hook", WEBHOOK_SECRET: "s" }, configErrors.badWebhookUrl],
    ["a port that is not a port", { WEBHOOK_URL: "https://bot.example.org/hook", WEBHOOK_SECRET: "s", PORT: "http" }, configErrors.badPort("PORT", "http")],
    ["a health port that is not a port", { HEALTH_PORT: "70000" }, configErrors.badPort("HEALTH_PORT", "70000")],
    ["a database URL that is not PostgreSQL's", { DATABASE_URL: "mysql://root:pw@db/bot" }, configErrors.badDatabaseUrl],
  ])("fails with one clear ConfigError for %s", (_, env, message) => {
    expect(() => createConfig({ BOT_TOKEN: TOKEN, ...env })).toThrow(new ConfigError(message));
  });

  it("never echoes a URL that may hold the token or a password", () => {
    const leaky = [
      { WEBHOOK_URL: `http://bot.example.org/bot${TOKEN}`, WEBHOOK_SECRET: "s" },
      { TELEGRAM_API_ROOT: `ftp://host/bot${TOKEN}` },
      { DATABASE_URL: "mysql://root:hunter2secret@db/bot" },
    ];
    for (const env of leaky) {
      const message = (() => {
        try {
          createConfig({ BOT_TOKEN: TOKEN, ...env });
        } catch (error) {
          return (error as Error).message;
        }
      })();
      expect(message).toBeDefined();
      expect(message).not.toContain(TOKEN.split(":")[1]);
      expect(message).not.toContain("hunter2secret");
    }
  });

  it("takes the flood limit, pacing and reply lifetime from .env, and defaults for the rest", () => {
    const { pipeline } = createConfig({ BOT_TOKEN: TOKEN, FLOOD_QUESTIONS_PER_MINUTE: "5", PACE_GLOBAL_PER_SECOND: "0", REPLY_TTL_SECONDS: "60" });
    expect(pipeline.flood.questionsPerWindow).toBe(5);
    expect(pipeline.pacing.globalPerSecond).toBe(0);
    expect(pipeline.replyTtlMs).toBe(60_000);
    expect(pipeline.retry).toEqual(DEFAULT_PIPELINE.retry);
  });

  it("names the variable when a limit is not a number", () => {
    expect(() => createConfig({ BOT_TOKEN: TOKEN, FLOOD_QUESTIONS_PER_MINUTE: "lots" })).toThrow(/FLOOD_QUESTIONS_PER_MINUTE/);
    expect(() => createConfig({ BOT_TOKEN: TOKEN, REPLY_TTL_SECONDS: "0" })).toThrow(/REPLY_TTL_SECONDS/);
  });
});
