// The one way the worker talks to the Bot API: a JSON POST over a pool of kept-alive connections
// (undici), every call bounded by a timeout, and every failure sorted by what it means for a retry.
// telegraf's client is not used for this: it cannot bound a call below 500 s on its own, says
// nothing of a non-JSON answer's status, and its error for one carries the URL, token and all.
import { Pool } from "undici";

export type Failure =
  /** 429: not done; Telegram says when to come back. */
  | { kind: "rate-limited"; retryAfterSeconds: number }
  /** A 5xx, from Telegram or from a proxy's HTML error page: not done. */
  | { kind: "server"; status: number }
  /** Refused, no such host, no connection in time: the request never left. */
  | { kind: "unreachable"; code: string }
  /** No answer in time, or the connection dropped, after the request was sent: it may have been done. */
  | { kind: "no-answer"; code: string }
  | { kind: "unauthorized" }
  | { kind: "conflict" }
  /** Any other answer from Telegram (400, 403 …): asking again changes nothing. */
  | { kind: "rejected"; status: number; description: string }
  /** An answer that is not the Bot API's (an HTML page with a 2xx-4xx status): not retried. */
  | { kind: "not-telegram"; status: number }
  /** Stopped by us (shutdown). */
  | { kind: "aborted" };

export class BotApiError extends Error {
  constructor(
    readonly method: string,
    readonly failure: Failure,
  ) {
    super(`${method} failed: ${describeFailure(failure)}`);
    this.name = "BotApiError";
  }
}

/** "not-sent": retry until the reply's time is up; "maybe-sent": once more at most; "final": never. */
export function deliveryOf(failure: Failure): "not-sent" | "maybe-sent" | "final" {
  if (failure.kind === "rate-limited" || failure.kind === "server" || failure.kind === "unreachable") return "not-sent";
  return failure.kind === "no-answer" ? "maybe-sent" : "final";
}

export function failureOf(error: unknown): Failure {
  return error instanceof BotApiError ? error.failure : { kind: "no-answer", code: String((error as Error)?.name ?? error) };
}

/** One short phrase for logs: "429 retry_after=3", "502", "ECONNREFUSED", "timeout". */
export function describeFailure(failure: Failure): string {
  switch (failure.kind) {
    case "rate-limited":
      return `429 retry_after=${failure.retryAfterSeconds}`;
    case "server":
      return String(failure.status);
    case "rejected":
      return `${failure.status} ${failure.description}`;
    case "not-telegram":
      return `${failure.status} (not a Bot API answer)`;
    case "unreachable":
    case "no-answer":
      return failure.code;
    case "unauthorized":
      return "401";
    case "conflict":
      return "409";
    default:
      return failure.kind;
  }
}

export interface CallOptions {
  timeoutMs: number;
  /** Aborts the call (shutdown); the call then fails as "aborted". */
  signal?: AbortSignal;
  /** The caller needs only success: a plain 200 answer is then not parsed (the sender's case). */
  discardResult?: boolean;
}

export interface BotApi {
  /** The call's result; a BotApiError otherwise. A payload of bytes is sent as it is (stored JSON). */
  call(method: string, payload: object | Uint8Array, options: CallOptions): Promise<unknown>;
  /** Waits for calls in flight, then closes the connections. */
  close(): Promise<void>;
  /** Cuts calls in flight (they fail) and closes the connections. */
  destroy(): Promise<void>;
}

const NEVER_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);

export function createBotApi({ apiRoot, token, connections }: { apiRoot: string; token: string; connections: number }): BotApi {
  const root = new URL(`./bot${token}/`, apiRoot);
  const pool = new Pool(root.origin, { connections, connect: { timeout: 10_000 } });

  async function call(method: string, payload: object | Uint8Array, { timeoutMs, signal, discardResult }: CallOptions): Promise<unknown> {
    const body = payload instanceof Uint8Array ? payload : JSON.stringify(payload);
    let response;
    try {
      response = await pool.request({
        path: root.pathname + method,
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
        signal,
      });
    } catch (error) {
      throw new BotApiError(method, signal?.aborted ? { kind: "aborted" } : networkFailure(error));
    }
    let text: string;
    try {
      text = await response.body.text();
    } catch (error) {
      throw new BotApiError(method, signal?.aborted ? { kind: "aborted" } : networkFailure(error));
    }
    // Telegram answers a success with status 200 and this exact start, and nothing else does.
    if (discardResult && response.statusCode === 200 && text.startsWith('{"ok":true')) return undefined;
    const answer = parseAnswer(text);
    if (answer?.ok === true) return answer.result;
    throw new BotApiError(method, answerFailure(response.statusCode, answer));
  }

  return { call, close: () => pool.close(), destroy: () => pool.destroy() };
}

interface Answer {
  ok: boolean;
  result?: unknown;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number };
}

function parseAnswer(text: string): Answer | undefined {
  try {
    const parsed = JSON.parse(text) as unknown;
    return typeof parsed === "object" && parsed !== null && "ok" in parsed ? (parsed as Answer) : undefined;
  } catch {
    return undefined;
  }
}

function answerFailure(status: number, answer: Answer | undefined): Failure {
  if (answer === undefined) return status >= 500 ? { kind: "server", status } : { kind: "not-telegram", status };
  const code = answer.error_code ?? status;
  if (code === 429) return { kind: "rate-limited", retryAfterSeconds: answer.parameters?.retry_after ?? 1 };
  if (code >= 500) return { kind: "server", status: code };
  if (code === 401) return { kind: "unauthorized" };
  if (code === 409) return { kind: "conflict" };
  return { kind: "rejected", status: code, description: answer.description ?? "" };
}

function networkFailure(error: unknown): Failure {
  const code = errorCode(error);
  if (NEVER_SENT.has(code)) return { kind: "unreachable", code };
  if (code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT") return { kind: "no-answer", code: "timeout" };
  return { kind: "no-answer", code };
}

function errorCode(error: unknown): string {
  const { code, cause } = (error ?? {}) as { code?: string; cause?: { code?: string } };
  // undici puts a socket's own error (ECONNREFUSED …) under cause.
  return cause?.code ?? code ?? "unknown";
}
