import { describe, expect, it } from "vitest";
import { ConfigError, configErrors, createConfig } from "../../src/config.js";
import { DEFAULT_RESILIENCE } from "../../src/telegram/resilience/index.js";

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

  it.each([
    ["a webhook without a secret", { WEBHOOK_URL: "https://bot.example.org/hook" }, configErrors.badWebhookSecret],
    ["a secret Telegram would refuse", { WEBHOOK_URL: "https://bot.example.org/hook", WEBHOOK_SECRET: "has space" }, configErrors.badWebhookSecret],
    ["a webhook URL that is not https", { WEBHOOK_URL: "http://bot.example.org/hook", WEBHOOK_SECRET: "s" }, configErrors.badWebhookUrl("http://bot.example.org/hook")],
    ["a port that is not a port", { WEBHOOK_URL: "https://bot.example.org/hook", WEBHOOK_SECRET: "s", PORT: "http" }, configErrors.badPort("http")],
  ])("fails with one clear ConfigError for %s", (_, env, message) => {
    expect(() => createConfig({ BOT_TOKEN: TOKEN, ...env })).toThrow(new ConfigError(message));
  });

  it("takes the flood limit and pacing from .env, and defaults for the rest", () => {
    const { resilience } = createConfig({ BOT_TOKEN: TOKEN, FLOOD_QUESTIONS_PER_MINUTE: "5", PACE_GLOBAL_PER_SECOND: "0" });
    expect(resilience.flood.questionsPerWindow).toBe(5);
    expect(resilience.pacing.globalPerSecond).toBe(0);
    expect(resilience.retry).toEqual(DEFAULT_RESILIENCE.retry);
  });

  it("names the variable when a limit is not a number", () => {
    expect(() => createConfig({ BOT_TOKEN: TOKEN, FLOOD_QUESTIONS_PER_MINUTE: "lots" })).toThrow(/FLOOD_QUESTIONS_PER_MINUTE/);
  });
});
