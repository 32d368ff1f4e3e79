// The worker's settings, parsed from an environment map. Pure: main.ts decides where the
// map comes from (process.env, after an optional .env file), tests pass plain objects.
import { resilienceOptionsFromEnv, type ResilienceOptions, type WebhookSettings } from "./telegram/resilience/index.js";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_TELEGRAM_API_ROOT = "https://api.telegram.org";

export interface Config {
  botToken: string;
  /** Where the Bot API lives: Telegram's, a self-hosted Bot API server, or a local test stand-in. */
  telegramApiRoot: string;
  logLevel: LogLevel;
  /** JSON lines when NODE_ENV=production (what log platforms parse); readable lines otherwise. */
  logFormat: "json" | "pretty";
  /** Retries, pacing and flood limits; every one has a default (telegram/resilience/options.ts). */
  resilience: ResilienceOptions;
  /** Present when WEBHOOK_URL is set: updates come by webhook instead of long polling. */
  webhook?: WebhookSettings;
}

// "<bot id>:<secret>", as @BotFather hands it out; the secret part is 35 characters today.
const BOT_TOKEN_SHAPE = /^\d{1,20}:[A-Za-z0-9_-]{30,}$/;

const WHERE_TOKENS_COME_FROM =
  "Create a bot with @BotFather in Telegram (/newbot), then put its token in .env as BOT_TOKEN=… " +
  "(see .env.example). To try the bot without a token, run: npm run chat";

/** Every message the config can fail with, kept together so tests can import them. */
export const configErrors = {
  missingToken: `BOT_TOKEN is not set. ${WHERE_TOKENS_COME_FROM}`,
  malformedToken: `BOT_TOKEN does not look like a bot token (digits, a colon, then the secret). ${WHERE_TOKENS_COME_FROM}`,
  badApiRoot: (value: string) => `TELEGRAM_API_ROOT must be an http(s) URL, got "${value}".`,
  badLogLevel: (value: string) => `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${value}".`,
  badWebhookUrl: (value: string) => `WEBHOOK_URL must be the public https:// URL Telegram posts updates to, got "${value}".`,
  badWebhookSecret:
    "WEBHOOK_SECRET must be set with WEBHOOK_URL: 1 to 256 characters of A-Z, a-z, 0-9, _ and -. " +
    "Telegram sends it with every update, so the bot can refuse requests from anyone else.",
  badPort: (value: string) => `PORT must be a port number from 1 to 65535, got "${value}".`,
} as const;

/** Thrown for a bad setting; its message is meant to be printed alone, without a stack trace. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

export function createConfig(env: Readonly<Record<string, string | undefined>>): Config {
  return {
    botToken: parseBotToken(env.BOT_TOKEN),
    telegramApiRoot: parseApiRoot(env.TELEGRAM_API_ROOT),
    logLevel: parseLogLevel(env.LOG_LEVEL),
    logFormat: env.NODE_ENV === "production" ? "json" : "pretty",
    resilience: parseResilience(env),
    webhook: parseWebhook(env),
  };
}

function parseBotToken(raw: string | undefined): string {
  const token = raw?.trim();
  if (!token) throw new ConfigError(configErrors.missingToken);
  // Never echo the value: a near-miss token is still a secret.
  if (!BOT_TOKEN_SHAPE.test(token)) throw new ConfigError(configErrors.malformedToken);
  return token;
}

function parseApiRoot(raw: string | undefined): string {
  const value = raw?.trim();
  if (!value) return DEFAULT_TELEGRAM_API_ROOT;
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw new ConfigError(configErrors.badApiRoot(value));
  }
  // telegraf resolves "./bot<token>/<method>" against the root: without a trailing slash, a
  // self-hosted server's path prefix ("https://host/tg") would be dropped.
  return value.endsWith("/") ? value : `${value}/`;
}

function parseLogLevel(raw: string | undefined): LogLevel {
  const value = raw?.trim().toLowerCase();
  if (!value) return "info";
  const level = LOG_LEVELS.find((known) => known === value);
  if (!level) throw new ConfigError(configErrors.badLogLevel(value));
  return level;
}

function parseResilience(env: Readonly<Record<string, string | undefined>>): ResilienceOptions {
  try {
    return resilienceOptionsFromEnv(env);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

function parseWebhook(env: Readonly<Record<string, string | undefined>>): WebhookSettings | undefined {
  const url = env.WEBHOOK_URL?.trim();
  if (!url) return undefined;
  if (!URL.canParse(url) || new URL(url).protocol !== "https:") throw new ConfigError(configErrors.badWebhookUrl(url));
  // Never echo the secret: a near-miss is still a secret.
  const secret = env.WEBHOOK_SECRET?.trim() ?? "";
  if (!/^[A-Za-z0-9_-]{1,256}$/.test(secret)) throw new ConfigError(configErrors.badWebhookSecret);
  const rawPort = env.PORT?.trim() || "8080";
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new ConfigError(configErrors.badPort(rawPort));
  return { url, secret, port };
}
