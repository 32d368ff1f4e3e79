import { pino, type DestinationStream, type Logger } from "pino";
import type { LogLevel } from "./config.js";

export type { Logger };

export interface LoggerOptions {
  level: LogLevel;
  /** Strings that must never reach a log line, such as the bot token. */
  secrets?: readonly string[];
  /** Where lines go; stdout unless a test wants to read them. */
  destination?: DestinationStream;
}

const REDACTED = "[redacted]";

/**
 * JSON lines on stdout (a Procfile worker's logs are its stdout). Secrets are masked twice:
 * by key, and in the finished line, because a token can hide inside an error message or a URL.
 */
export function createLogger({ level, secrets = [], destination = pino.destination(1) }: LoggerOptions): Logger {
  const masked = secrets.filter((secret) => secret.length > 0);
  return pino(
    {
      level,
      base: undefined,
      redact: { paths: ["token", "botToken", "*.token", "*.botToken"], censor: REDACTED },
    },
    masked.length === 0 ? destination : maskingStream(destination, masked),
  );
}

function maskingStream(destination: DestinationStream, secrets: readonly string[]): DestinationStream {
  return {
    write(line: string) {
      destination.write(secrets.reduce((masked, secret) => masked.replaceAll(secret, REDACTED), line));
    },
  };
}
