/**
 * The pipeline's limits, with defaults frozen in one place. `pipelineOptionsFromEnv` is pure so
 * createConfig can call it and tests can build options without touching process.env.
 */
export interface PipelineOptions {
  retry: {
    /** First backoff for 5xx and network errors; doubles per attempt, with equal jitter (see sender). */
    baseDelayMs: number;
    maxDelayMs: number;
    /** How long one second of a 429's retry_after lasts (tests shrink it). */
    retryAfterUnitMs: number;
  };
  pacing: {
    /** Messages per second to one chat, after a short burst. */
    chatPerSecond: number;
    chatBurst: number;
    /** Messages per minute to one group or channel (negative chat ids). */
    groupPerMinute: number;
    /** Messages per second across all chats; 0 switches global pacing off (benchmarks). */
    globalPerSecond: number;
  };
  flood: {
    /** Updates one person may get answers to per window (messages and button presses); 0: no limit. */
    questionsPerWindow: number;
    windowMs: number;
    /** Longer messages in a private chat are refused before they reach the engine. */
    maxMessageChars: number;
  };
  /** How long a reply is retried before it is dropped with one error line (REPLY_TTL_SECONDS). */
  replyTtlMs: number;
  /** The same for answers to a button press or an inline query: Telegram forgets those queries within seconds. */
  queryAnswerTtlMs: number;
  /** Bound on every Bot API call but getUpdates. */
  callTimeoutMs: number;
  /** getUpdates' long-poll time; the call itself is bounded by that plus pollMarginMs. */
  pollTimeoutSeconds: number;
  pollMarginMs: number;
  /** Calls to Telegram in flight at once, across all chats (each chat has at most one). */
  maxConcurrentSends: number;
  /** Replies one chat may have waiting; more are refused (a noisy group cannot grow memory). */
  maxPendingPerChat: number;
  /** Replies waiting in all; above this, no new updates are taken until the outbox drains. */
  maxPending: number;
  /** How long a failing start (409 Conflict, getMe/deleteWebhook errors) is retried. */
  startupRetryMs: number;
  /** How long shutdown drains the outbox; what is left stays stored for the next start. */
  shutdownGraceMs: number;
  /** How long handled update ids are remembered (Telegram redelivers for a day at most). */
  handledUpdatesKeepMs: number;
  /** How often idle entries leave the flood and pacing tables, and old update ids the store. */
  sweepIntervalMs: number;
  /** How long questions stay in the question log (QUESTION_LOG_DAYS, read by config.ts). */
  questionLogKeepMs: number;
  /** How often older questions are pruned: daily, and once at start. */
  questionLogPruneIntervalMs: number;
  webhook: {
    maxBodyBytes: number;
    /** A request whose body has not fully arrived by then is cut off (408). */
    bodyTimeoutMs: number;
    /** Above Telegram's 100 connections at most; more requests at once get 503. */
    maxConcurrentRequests: number;
  };
}

export const DEFAULT_PIPELINE: PipelineOptions = Object.freeze({
  retry: Object.freeze({ baseDelayMs: 500, maxDelayMs: 30_000, retryAfterUnitMs: 1000 }),
  pacing: Object.freeze({ chatPerSecond: 1, chatBurst: 3, groupPerMinute: 20, globalPerSecond: 30 }),
  flood: Object.freeze({ questionsPerWindow: 20, windowMs: 60_000, maxMessageChars: 1000 }),
  replyTtlMs: 600_000,
  queryAnswerTtlMs: 10_000,
  callTimeoutMs: 12_000,
  pollTimeoutSeconds: 25,
  pollMarginMs: 10_000,
  maxConcurrentSends: 32,
  maxPendingPerChat: 100,
  maxPending: 5000,
  startupRetryMs: 60_000,
  shutdownGraceMs: 7000,
  handledUpdatesKeepMs: 48 * 3_600_000,
  sweepIntervalMs: 60_000,
  questionLogKeepMs: 90 * 86_400_000,
  questionLogPruneIntervalMs: 86_400_000,
  webhook: Object.freeze({ maxBodyBytes: 1 << 20, bodyTimeoutMs: 10_000, maxConcurrentRequests: 200 }),
});

/** The environment variables read here, with the option each one sets. */
const ENV_NAMES = {
  FLOOD_QUESTIONS_PER_MINUTE: "flood.questionsPerWindow",
  MAX_MESSAGE_CHARS: "flood.maxMessageChars",
  PACE_GLOBAL_PER_SECOND: "pacing.globalPerSecond",
  PACE_CHAT_PER_SECOND: "pacing.chatPerSecond",
  PACE_GROUP_PER_MINUTE: "pacing.groupPerMinute",
  STARTUP_RETRY_SECONDS: "startupRetryMs",
  REPLY_TTL_SECONDS: "replyTtlMs",
} as const;

/** Reads the optional overrides; an invalid value is an error naming the variable. */
export function pipelineOptionsFromEnv(env: Readonly<Record<string, string | undefined>>): PipelineOptions {
  const number = (name: keyof typeof ENV_NAMES, fallback: number, min: number): number => {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min) {
      throw new Error(`${name} must be a number ≥ ${min} (sets ${ENV_NAMES[name]}), got "${raw}"`);
    }
    return value;
  };
  const d = DEFAULT_PIPELINE;
  return {
    ...d,
    pacing: {
      ...d.pacing,
      chatPerSecond: number("PACE_CHAT_PER_SECOND", d.pacing.chatPerSecond, 0),
      groupPerMinute: number("PACE_GROUP_PER_MINUTE", d.pacing.groupPerMinute, 0),
      globalPerSecond: number("PACE_GLOBAL_PER_SECOND", d.pacing.globalPerSecond, 0),
    },
    flood: {
      ...d.flood,
      questionsPerWindow: number("FLOOD_QUESTIONS_PER_MINUTE", d.flood.questionsPerWindow, 0),
      maxMessageChars: number("MAX_MESSAGE_CHARS", d.flood.maxMessageChars, 1),
    },
    replyTtlMs: number("REPLY_TTL_SECONDS", d.replyTtlMs / 1000, 1) * 1000,
    startupRetryMs: number("STARTUP_RETRY_SECONDS", d.startupRetryMs / 1000, 0) * 1000,
  };
}

/** Deep-merges partial overrides onto the defaults (tests and the benchmark). */
export function pipelineOptions(overrides: DeepPartial<PipelineOptions> = {}): PipelineOptions {
  const d = DEFAULT_PIPELINE;
  return {
    ...d,
    ...overrides,
    retry: { ...d.retry, ...overrides.retry },
    pacing: { ...d.pacing, ...overrides.pacing },
    flood: { ...d.flood, ...overrides.flood },
    webhook: { ...d.webhook, ...overrides.webhook },
  } as PipelineOptions;
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? Partial<T[K]> : T[K] };
