import { TelegramError } from "telegraf";

/**
 * What a failed Bot API call means for the caller. telegraf throws a TelegramError for an
 * `ok: false` answer and for any 5xx, and lets node-fetch's FetchError through for network faults.
 */
export type ApiFailure =
  | { kind: "rate-limited"; retryAfterSeconds: number }
  | { kind: "server"; status: number }
  | { kind: "network"; code: string }
  | { kind: "unauthorized" }
  | { kind: "conflict" }
  | { kind: "client"; status: number }
  | { kind: "aborted" }
  | { kind: "other" };

export function classifyApiError(error: unknown): ApiFailure {
  if (error instanceof TelegramError) {
    const status = error.code;
    if (status === 429) return { kind: "rate-limited", retryAfterSeconds: error.parameters?.retry_after ?? 1 };
    if (status >= 500) return { kind: "server", status };
    if (status === 401) return { kind: "unauthorized" };
    if (status === 409) return { kind: "conflict" };
    return { kind: "client", status };
  }
  if (error instanceof Error) {
    if (error.name === "AbortError") return { kind: "aborted" };
    if (error.name === "FetchError") {
      const code = (error as Error & { code?: string }).code;
      return { kind: "network", code: code ?? "unknown" };
    }
  }
  return { kind: "other" };
}

/** Whether the same call may succeed if made again later. */
export function isTransient(failure: ApiFailure): boolean {
  return failure.kind === "rate-limited" || failure.kind === "server" || failure.kind === "network";
}

/** One short phrase for logs: "429 retry_after=3", "502", "ECONNRESET". */
export function describeFailure(failure: ApiFailure): string {
  switch (failure.kind) {
    case "rate-limited":
      return `429 retry_after=${failure.retryAfterSeconds}`;
    case "server":
    case "client":
      return String(failure.status);
    case "network":
      return failure.code;
    case "unauthorized":
      return "401";
    case "conflict":
      return "409";
    default:
      return failure.kind;
  }
}
