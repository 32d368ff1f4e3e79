import * as http from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "telegraf/types";

/**
 * A stand-in Bot API on 127.0.0.1 for tests and the benchmark: it long-polls updates out of a
 * queue, answers sendMessage and the start-up calls, records every call, and plays scripted
 * faults (a status with a body, a delay, or a connection reset) for the next calls of a method.
 */
export type Fault = { status: number; body?: unknown } | { delayMs: number } | "reset";

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
  /** Whether the call got a successful answer. */
  ok: boolean;
  /** When the request arrived (performance.now() of this process). */
  at: number;
}

export interface FakeBotApi {
  /** Root URL for telegraf's `apiRoot` (TELEGRAM_API_ROOT). */
  url: string;
  calls: ApiCall[];
  push(...updates: Update[]): void;
  /** The next calls of `method` get these answers, in order, before normal service resumes. */
  fail(method: string, ...faults: Fault[]): void;
  /** Resolves once `count` calls of `method` have succeeded (or, with `arrived`, come in). */
  waitFor(method: string, count?: number, options?: { arrived?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export const BOT_INFO = { id: 42, is_bot: true, first_name: "Article bot", username: "article_test_bot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true } as const;

export const apiError = (status: number, description: string, retryAfter?: number): Fault => ({
  status,
  body: { ok: false, error_code: status, description, ...(retryAfter === undefined ? {} : { parameters: { retry_after: retryAfter } }) },
});

export async function startFakeBotApi({ maxHoldMs = 1000 } = {}): Promise<FakeBotApi> {
  const pending: Update[] = [];
  const held: Array<() => void> = [];
  const faults = new Map<string, Fault[]>();
  const waiters: Array<{ key: string; count: number; resolve: () => void }> = [];
  const calls: ApiCall[] = [];
  // Per "method" (successes) and "method?" (arrivals).
  const counts = new Map<string, number>();
  const tally = (key: string) => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
    settleWaiters();
  };
  let messageId = 0;

  const settleWaiters = () => {
    for (const w of [...waiters]) {
      if ((counts.get(w.key) ?? 0) < w.count) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  const wakeHeld = () => held.splice(0).forEach((wake) => wake());

  async function answer(method: string, payload: Record<string, unknown>, res: http.ServerResponse, req: http.IncomingMessage) {
    const at = performance.now();
    tally(`${method}?`);
    const fault = faults.get(method)?.shift();
    if (fault === "reset") {
      calls.push({ method, payload, ok: false, at });
      return void req.socket.destroy();
    }
    if (fault !== undefined && "delayMs" in fault) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (fault !== undefined && "status" in fault) {
      calls.push({ method, payload, ok: false, at });
      return void res.writeHead(fault.status, { "content-type": "application/json" }).end(JSON.stringify(fault.body ?? {}));
    }
    const result = method === "getUpdates" ? await nextBatch(payload, res) : resultOf(method, payload);
    calls.push({ method, payload, ok: true, at });
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, result }));
    tally(method);
  }

  async function nextBatch(payload: Record<string, unknown>, res: http.ServerResponse): Promise<Update[]> {
    const offset = Number(payload.offset ?? 0);
    const limit = Number(payload.limit ?? 100);
    // Updates below the offset are confirmed: Telegram forgets them.
    while (pending.length > 0 && pending[0]!.update_id < offset) pending.shift();
    if (pending.length === 0 && Number(payload.timeout ?? 0) > 0) {
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, maxHoldMs);
        held.push(() => (clearTimeout(timer), wake()));
        // The response's close, not the request's: a request closes once its body is read, which
        // answered every empty poll at once and left idle workers spinning on getUpdates.
        res.once("close", () => (clearTimeout(timer), wake()));
      });
    }
    return pending.slice(0, limit);
  }

  function resultOf(method: string, payload: Record<string, unknown>): unknown {
    if (method === "getMe") return BOT_INFO;
    if (method.startsWith("send")) {
      const chat = { id: payload.chat_id, type: Number(payload.chat_id) < 0 ? "group" : "private" };
      return { message_id: ++messageId, date: Math.floor(Date.now() / 1000), chat, text: payload.text };
    }
    return true;
  }

  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const method = (req.url ?? "").split("/").pop() ?? "";
      void answer(method, body === "" ? {} : (JSON.parse(body) as Record<string, unknown>), res, req);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    push(...updates) {
      pending.push(...updates);
      wakeHeld();
    },
    fail(method, ...list) {
      faults.set(method, [...(faults.get(method) ?? []), ...list]);
    },
    waitFor(method, count = 1, { arrived = false } = {}) {
      return new Promise((resolve) => {
        waiters.push({ key: arrived ? `${method}?` : method, count, resolve });
        settleWaiters();
      });
    },
    async close() {
      wakeHeld();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A private-chat text message from user `from` (chat id = user id unless given). */
export function textUpdate(updateId: number, text: string, from = 1000 + updateId, chatId = from): Update {
  const chatType = chatId < 0 ? "group" : "private";
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: chatType === "private" ? { id: chatId, type: "private", first_name: "Reader" } : { id: chatId, type: "group", title: "Readers" },
      from: { id: from, is_bot: false, first_name: "Reader" },
      text,
    },
  } as Update;
}
