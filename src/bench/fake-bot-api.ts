import * as http from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "telegraf/types";

/**
 * A stand-in Bot API on 127.0.0.1 for tests and the benchmark: it long-polls updates out of a
 * queue, answers sendMessage and the start-up calls, records every call, and plays scripted
 * faults (a status with a JSON body or an HTML page, a delay, or a connection reset) for the next
 * calls of a method, or of any send to one chat.
 */
export type Fault = { status: number; body?: unknown; html?: string } | { delayMs: number } | "reset";

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
  /** The same for the next calls that send into one chat (a payload with this chat_id). */
  failChat(chatId: number, ...faults: Fault[]): void;
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
  // Updates from `first` on are unconfirmed; an index, not shift(), so 50,000 of them cost nothing.
  const pending: Update[] = [];
  let first = 0;
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
    const chatFaults = payload.chat_id === undefined ? undefined : faults.get(`chat:${String(payload.chat_id)}`);
    const fault = chatFaults?.shift() ?? faults.get(method)?.shift();
    if (fault === "reset") {
      calls.push({ method, payload, ok: false, at });
      return void req.socket.destroy();
    }
    if (fault !== undefined && "delayMs" in fault) {
      // A client that gave up ends the wait: nobody is left to answer, and nothing was done.
      const gone = await new Promise<boolean>((wake) => {
        const timer = setTimeout(() => wake(false), fault.delayMs);
        res.once("close", () => (clearTimeout(timer), wake(true)));
      });
      if (gone) return void calls.push({ method, payload, ok: false, at });
    }
    if (fault !== undefined && "status" in fault) {
      calls.push({ method, payload, ok: false, at });
      if (fault.html !== undefined) return void res.writeHead(fault.status, { "content-type": "text/html" }).end(fault.html);
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
    while (first < pending.length && pending[first]!.update_id < offset) first++;
    if (first === pending.length && Number(payload.timeout ?? 0) > 0) {
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, maxHoldMs);
        held.push(() => (clearTimeout(timer), wake()));
        // The response's close, not the request's: a request closes once its body is read, which
        // answered every empty poll at once and left idle workers spinning on getUpdates.
        res.once("close", () => (clearTimeout(timer), wake()));
      });
    }
    return pending.slice(first, first + limit);
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
      for (const update of updates) pending.push(update);
      wakeHeld();
    },
    fail(method, ...list) {
      faults.set(method, [...(faults.get(method) ?? []), ...list]);
    },
    failChat(chatId, ...list) {
      const key = `chat:${chatId}`;
      faults.set(key, [...(faults.get(key) ?? []), ...list]);
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
