// The worker's settings, parsed from an environment map. Pure: main.ts decides where the
// map comes from (process.env, after an optional .env file), tests pass plain objects.
import { DEFAULT_KNOWLEDGE_DIR } from "./knowledge/load.js";
import { pipelineOptionsFromEnv, type PipelineOptions, type WebhookSettings } from "./pipeline/index.js";
import type { DatabaseSettings } from "./store/index.js";
import { DAY_MS } from "./store/question-log.js";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_TELEGRAM_API_ROOT = "https://api.telegram.org";
export const DEFAULT_DATABASE_PATH = "data/bot.sqlite";
export const DEFAULT_QUESTION_LOG_DAYS = 90;

type Env = Readonly<Record<string, string | undefined>>;

export interface Config {
  botToken: string;
  /** Where the Bot API lives: Telegram's, a self-hosted Bot API server, or a local test stand-in. */
  telegramApiRoot: string;
  logLevel: LogLevel;
  /** JSON lines when NODE_ENV=production (what log platforms parse); readable lines otherwise. */
  logFormat: "json" | "pretty";
  /** Retries, pacing, flood limits and timeouts; every one has a default (pipeline/options.ts). */
  pipeline: PipelineOptions;
  /** Where the outbox lives: a SQLite file (DATABASE_PATH), or PostgreSQL when DATABASE_URL is set. */
  database: DatabaseSettings;
  /** Present when WEBHOOK_URL is set: updates come by webhook instead of long polling. */
  webhook?: WebhookSettings;
  /** Polling mode: serve GET /healthz on this port (HEALTH_PORT). Webhook mode serves it on PORT. */
  healthPort?: number;
  /** The question log: on unless QUESTION_LOG=off; questions kept QUESTION_LOG_DAYS (pipeline.questionLogKeepMs). */
  questionLog: { enabled: boolean; keepDays: number };
  /** Telegram user ids whose /stats gets the week's summary (ADMIN_USER_IDS). */
  adminUserIds: ReadonlySet<number>;
  /** The knowledge folder (KNOWLEDGE_DIR); the one beside the code unless set. */
  knowledgeDir: string;
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
  // URLs are never echoed: a webhook path or an API root may carry the bot token, a database URL its password.
  badApiRoot: "TELEGRAM_API_ROOT must be an http(s) URL such as https://api.telegram.org (its value is not shown: it may hold a secret).",
  badLogLevel: (value: string) => `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${value}".`,
  badWebhookUrl: "WEBHOOK_URL must be the public https:// URL Telegram posts updates to (its value is not shown: it may hold a secret).",
  badDatabaseUrl: "DATABASE_URL must be a postgres:// or postgresql:// URL (its value is not shown: it holds a password).",
  badWebhookSecret:
    "WEBHOOK_SECRET must be set with WEBHOOK_URL: 1 to 256 characters of A-Z, a-z, 0-9, _ and -. " +
    "Telegram sends it with every update, so the bot can refuse requests from anyone else.",
  badPort: (name: string, value: string) => `${name} must be a port number from 1 to 65535, got "${value}".`,
  badQuestionLog: (value: string) => `QUESTION_LOG must be "on" or "off" (on unless set), got "${value}".`,
  badQuestionLogDays: (value: string) => `QUESTION_LOG_DAYS must be a whole number of days, 1 or more (${DEFAULT_QUESTION_LOG_DAYS} unless set), got "${value}".`,
  badAdminId: (value: string) => `ADMIN_USER_IDS must be Telegram user ids (whole numbers) separated by commas, got "${value}" among them.`,
} as const;

/** Thrown for a bad setting; its message is meant to be printed alone, without a stack trace. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

export function createConfig(env: Env): Config {
  const questionLog = parseQuestionLog(env);
  return {
    botToken: parseBotToken(env.BOT_TOKEN),
    telegramApiRoot: parseApiRoot(env.TELEGRAM_API_ROOT),
    logLevel: parseLogLevel(env.LOG_LEVEL),
    logFormat: env.NODE_ENV === "production" ? "json" : "pretty",
    pipeline: { ...parsePipeline(env), questionLogKeepMs: questionLog.keepDays * DAY_MS },
    database: databaseFromEnv(env),
    webhook: parseWebhook(env),
    healthPort: env.HEALTH_PORT?.trim() ? parsePort("HEALTH_PORT", env.HEALTH_PORT.trim()) : undefined,
    questionLog,
    adminUserIds: parseAdminIds(env.ADMIN_USER_IDS),
    knowledgeDir: knowledgeDirFromEnv(env),
  };
}

/** KNOWLEDGE_DIR, or the knowledge folder beside the code; the command line reads it too. */
export function knowledgeDirFromEnv(env: Env): string {
  return env.KNOWLEDGE_DIR?.trim() || DEFAULT_KNOWLEDGE_DIR;
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
    throw new ConfigError(configErrors.badApiRoot);
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

function parsePipeline(env: Env): PipelineOptions {
  try {
    return pipelineOptionsFromEnv(env);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

function parseWebhook(env: Env): WebhookSettings | undefined {
  const url = env.WEBHOOK_URL?.trim();
  if (!url) return undefined;
  if (!URL.canParse(url) || new URL(url).protocol !== "https:") throw new ConfigError(configErrors.badWebhookUrl);
  // Never echo the secret: a near-miss is still a secret.
  const secret = env.WEBHOOK_SECRET?.trim() ?? "";
  if (!/^[A-Za-z0-9_-]{1,256}$/.test(secret)) throw new ConfigError(configErrors.badWebhookSecret);
  return { url, secret, port: parsePort("PORT", env.PORT?.trim() || "8080") };
}

function parsePort(name: string, raw: string): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new ConfigError(configErrors.badPort(name, raw));
  return port;
}

/** Where the store is: DATABASE_URL, else DATABASE_PATH; `npm run report` reads it too. */
export function databaseFromEnv(env: Env): DatabaseSettings {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!URL.canParse(url) || !/^postgres(ql)?:$/.test(new URL(url).protocol)) throw new ConfigError(configErrors.badDatabaseUrl);
    return { kind: "postgres", url };
  }
  return { kind: "sqlite", path: env.DATABASE_PATH?.trim() || DEFAULT_DATABASE_PATH };
}

function parseQuestionLog(env: Env): Config["questionLog"] {
  const onOff = env.QUESTION_LOG?.trim().toLowerCase() || "on";
  if (onOff !== "on" && onOff !== "off") throw new ConfigError(configErrors.badQuestionLog(env.QUESTION_LOG ?? ""));
  const days = env.QUESTION_LOG_DAYS?.trim() || String(DEFAULT_QUESTION_LOG_DAYS);
  if (!/^\d+$/.test(days) || Number(days) < 1) throw new ConfigError(configErrors.badQuestionLogDays(days));
  return { enabled: onOff === "on", keepDays: Number(days) };
}

function parseAdminIds(raw: string | undefined): ReadonlySet<number> {
  const ids = (raw ?? "").split(",").map((id) => id.trim()).filter(Boolean);
  const bad = ids.find((id) => !/^\d{1,15}$/.test(id));
  if (bad !== undefined) throw new ConfigError(configErrors.badAdminId(bad));
  return new Set(ids.map(Number));
}
