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

/**
 * JSON lines on stdout (a Procfile worker's logs are its stdout). Secrets are masked twice:
 * by key, and in the finished line, because a token can hide inside an error message or a URL.
 */
export function createLogger({ level, secrets = [], format = "json", destination = stdout(format) }: LoggerOptions): Logger {
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
