import { createRequire } from "node:module";
import { pino, type DestinationStream, type Logger } from "pino";
import type { Config, LogLevel } from "./config.js";

export type { Logger };

export interface LoggerOptions {
  level: LogLevel;
  /** Strings that must never reach a log line, such as the bot token. */
  secrets?: readonly string[];
  /** Where lines go; stdout unless a test wants to read them. */
  destination?: DestinationStream;
  /** "pretty" for people at a terminal (development); JSON lines by default. */
  format?: Config["logFormat"];
}

const REDACTED = "[redacted]";
/** Censored by key at the top of an entry and one level down: botToken, config.botToken, err.token. */
const SECRET_KEYS = ["token", "botToken"];

/**
 * JSON lines on stdout (a Procfile worker's logs are its stdout). Secrets are masked twice:
 * by key, and in the finished line, because a token can hide inside an error message or a URL.
 */
export function createLogger({ level, secrets = [], format = "json", destination = stdout(format) }: LoggerOptions): Logger {
  const masked = secrets.filter((secret) => secret.length > 0);
  const logger = pino(
    {
      level,
      base: undefined,
      // One level down is checked here, not with pino's "*.token" paths: those run a redactor
      // over every field of every line, the per-update line included (~5% of the worker's CPU).
      redact: { paths: SECRET_KEYS, censor: REDACTED },
      formatters: { log: censorOneLevelDown },
      // An error is censored once serialized: a censored copy of it would no longer be an Error.
      serializers: { err: (error: Error) => censorKeys(pino.stdSerializers.err(error)) },
    },
    masked.length === 0 ? destination : maskingStream(destination, masked),
  );
  // A child's bindings skip pino's formatters, so they are censored on the way in; children
  // inherit this method, so theirs are too.
  const { child } = logger;
  logger.child = function (this: Logger, bindings, options) {
    return child.call(this, censorOneLevelDown(bindings), options);
  } as Logger["child"];
  return logger;
}

type Entry = Record<string, unknown>;

/** The entry itself unless a value under one of its keys holds a secret key; then a censored copy. */
function censorOneLevelDown(entry: Entry): Entry {
  let copy: Entry | undefined;
  for (const key in entry) {
    if (key === "err" || !Object.hasOwn(entry, key)) continue;
    const censored = censorKeys(entry[key]);
    if (censored !== entry[key]) (copy ??= { ...entry })[key] = censored;
  }
  return copy ?? entry;
}

/** The value itself unless it is an object (not an array) with a secret key of its own; then a censored copy. */
function censorKeys<T>(value: T): T {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  if (!SECRET_KEYS.some((key) => Object.hasOwn(value, key))) return value;
  const copy: Entry = { ...(value as Entry) };
  for (const key of SECRET_KEYS) if (Object.hasOwn(value, key)) copy[key] = REDACTED;
  return copy as T;
}

function maskingStream(destination: DestinationStream, secrets: readonly string[]): DestinationStream {
  return {
    write(line: string) {
      destination.write(secrets.reduce((masked, secret) => masked.replaceAll(secret, REDACTED), line));
    },
  };
}

/**
 * pino-pretty is a devDependency, absent where the deploy prunes those: then JSON it is. It runs
 * in this thread and writes synchronously, so nothing is lost when the process exits.
 */
function stdout(format: Config["logFormat"]): DestinationStream {
  if (format === "pretty") {
    try {
      const pretty = createRequire(import.meta.url)("pino-pretty") as typeof import("pino-pretty");
      return pretty({ destination: 1, sync: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname" });
    } catch {
      // Not installed: fall through to JSON.
    }
  }
  return pino.destination(1);
}
