/**
 * Limits for retries, pacing, flood control, start-up and shutdown, with defaults frozen in one
 * place. `resilienceOptionsFromEnv` is pure so createConfig can call it and tests can build
 * options without touching process.env.
 */
export interface ResilienceOptions {
  retry: {
    /** Attempts in all, the first one included, for 5xx, network errors and 429. */
    maxAttempts: number;
    /** First backoff for 5xx and network errors; doubles per attempt, with equal jitter (see retry-call). */
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
    /** Questions one user may ask per window; 0 switches the limit off. */
    questionsPerWindow: number;
    windowMs: number;
    /** Longer messages are refused before they reach the engine. */
    maxMessageChars: number;
  };
  /** How long a failing start (409 Conflict, getMe/deleteWebhook errors) is retried. */
  startupRetryMs: number;
  /** How long shutdown waits for updates in flight. */
  shutdownGraceMs: number;
  /** How many recent update ids are remembered to answer a redelivered update once. */
  seenUpdates: number;
}

export const DEFAULT_RESILIENCE: ResilienceOptions = Object.freeze({
  retry: Object.freeze({ maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 10_000, retryAfterUnitMs: 1000 }),
  pacing: Object.freeze({ chatPerSecond: 1, chatBurst: 3, groupPerMinute: 20, globalPerSecond: 30 }),
  flood: Object.freeze({ questionsPerWindow: 20, windowMs: 60_000, maxMessageChars: 1000 }),
  startupRetryMs: 60_000,
  shutdownGraceMs: 8000,
  seenUpdates: 10_000,
});

/** The environment variables read here, with the option each one sets. */
const ENV_NAMES = {
  FLOOD_QUESTIONS_PER_MINUTE: "flood.questionsPerWindow",
  MAX_MESSAGE_CHARS: "flood.maxMessageChars",
  PACE_GLOBAL_PER_SECOND: "pacing.globalPerSecond",
  PACE_CHAT_PER_SECOND: "pacing.chatPerSecond",
  PACE_GROUP_PER_MINUTE: "pacing.groupPerMinute",
  RETRY_MAX_ATTEMPTS: "retry.maxAttempts",
  STARTUP_RETRY_SECONDS: "startupRetryMs",
} as const;

/** Reads the optional overrides; an invalid value is an error naming the variable. */
export function resilienceOptionsFromEnv(env: Record<string, string | undefined>): ResilienceOptions {
  const number = (name: keyof typeof ENV_NAMES, fallback: number, min: number): number => {
    const raw = env[name]?.trim();
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min) {
      throw new Error(`${name} must be a number ≥ ${min} (sets ${ENV_NAMES[name]}), got "${raw}"`);
    }
    return value;
  };
  const d = DEFAULT_RESILIENCE;
  return {
    ...d,
    retry: { ...d.retry, maxAttempts: number("RETRY_MAX_ATTEMPTS", d.retry.maxAttempts, 1) },
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
    startupRetryMs: number("STARTUP_RETRY_SECONDS", d.startupRetryMs / 1000, 0) * 1000,
  };
}

/** Deep-merges partial overrides onto the defaults (tests and the benchmark). */
export function resilienceOptions(overrides: DeepPartial<ResilienceOptions> = {}): ResilienceOptions {
  const d = DEFAULT_RESILIENCE;
  return {
    ...d,
    ...overrides,
    retry: { ...d.retry, ...overrides.retry },
    pacing: { ...d.pacing, ...overrides.pacing },
    flood: { ...d.flood, ...overrides.flood },
  } as ResilienceOptions;
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? Partial<T[K]> : T[K] };
