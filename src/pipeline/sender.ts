// Drains the outbox: one call at a time per chat (in order), paced to Telegram's limits, retried
// by what each failure means, bounded in time; a wait for one chat (429, a hang) holds up no other.
import type { Logger } from "../logger.js";
import type { Outbox, StoredCall } from "../store/index.js";
import { createAckBatch } from "./ack-batch.js";
import { BotApiError, deliveryOf, describeFailure, failureOf, type BotApi, type Failure } from "./bot-api.js";
import { LOG_TEXT } from "./messages.js";
import type { PipelineOptions } from "./options.js";
import { isPacedMethod, type Pacer } from "./pacer.js";
import { createReplyLog, type DropReason } from "./reply-log.js";

/** Calls that must go out in order share a lane: a chat's messages; each query answer has its own. */
export interface Lane {
  key: string;
  /** Set for a chat's lane: what pacing counts. */
  chatId?: number | string;
}

export function laneOf(method: string, payload: Record<string, unknown>): Lane {
  const chatId = payload.chat_id as number | string | undefined;
  if (chatId !== undefined) return { key: `chat:${chatId}`, chatId };
  const query = payload.callback_query_id ?? payload.inline_query_id;
  return { key: query === undefined ? method : `query:${String(query)}` };
}

interface Queue extends Lane {
  calls: StoredCall[];
  busy: boolean;
  retryAt: number;
  timer?: NodeJS.Timeout;
}

export interface SenderDeps {
  api: BotApi;
  outbox: Outbox;
  pacer: Pacer;
  options: PipelineOptions;
  logger: Logger;
}

export type Sender = ReturnType<typeof createSender>;

export function createSender({ api, outbox, pacer, options, logger }: SenderDeps) {
  const queues = new Map<string, Queue>();
  const waitingForSlot: Queue[] = [];
  const inFlight = new Set<StoredCall>();
  const drainWaiters = new Set<() => void>();
  let roomWaiters: Array<() => void> = [];
  const acks = createAckBatch(outbox, logger);
  const replyLog = createReplyLog(logger);
  let stopped = false;
  let pending = 0;

  function enqueue(lane: Lane, call: StoredCall): void {
    let queue = queues.get(lane.key);
    if (queue === undefined) {
      queue = { ...lane, calls: [], busy: false, retryAt: 0 };
      queues.set(lane.key, queue);
    }
    queue.calls.push(call);
    pending++;
    wake(queue);
  }

  function wake(queue: Queue): void {
    if (queue.busy || stopped) return;
    const now = Date.now();
    while (queue.calls.length > 0 && now >= queue.calls[0]!.expiresAt) finish(queue, "dropped", { kind: "expired" });
    const head = queue.calls[0];
    if (head === undefined) return void queues.delete(queue.key);
    queue.busy = true;
    const paced = queue.chatId !== undefined && isPacedMethod(head.method);
    const delay = Math.max(queue.retryAt - now, paced ? pacer.reserveChat(queue.chatId!, now) : 0);
    after(queue, delay, () => (paced ? after(queue, pacer.reserveGlobal(), () => startWhenFree(queue)) : startWhenFree(queue)));
  }

  function after(queue: Queue, delay: number, then: () => void): void {
    if (delay <= 0) return then();
    queue.timer = setTimeout(() => {
      queue.timer = undefined;
      then();
    }, delay);
  }

  function startWhenFree(queue: Queue): void {
    if (inFlight.size >= options.maxConcurrentSends) waitingForSlot.push(queue);
    else void send(queue);
  }

  async function send(queue: Queue): Promise<void> {
    const call = queue.calls[0]!;
    call.attempts++;
    inFlight.add(call);
    let failure: Failure | undefined;
    try {
      // No abort signal per call (a listener each is measurable): stop() marks what is in flight and cuts it.
      await api.call(call.method, call.body, { timeoutMs: options.callTimeoutMs, discardResult: true });
    } catch (error) {
      if (!(error instanceof BotApiError)) logger.error({ err: error }, LOG_TEXT.sendFailed);
      failure = failureOf(error);
    } finally {
      inFlight.delete(call);
      const next = waitingForSlot.shift();
      if (next !== undefined) void send(next);
    }
    queue.busy = false;
    if (failure === undefined) finish(queue, "sent");
    // Cut off by stop(): already stored as maybe delivered.
    else if (!stopped) retryOrDrop(queue, call, failure);
    wake(queue);
  }

  function retryOrDrop(queue: Queue, call: StoredCall, failure: Failure): void {
    const delivery = deliveryOf(failure);
    if (delivery === "final" || (delivery === "maybe-sent" && call.ambiguous)) return finish(queue, "dropped", failure);
    if (delivery === "maybe-sent") {
      // It may have arrived: one more try at most, remembered across a restart.
      call.ambiguous = true;
      outbox.markAmbiguous([call.id]).catch((err: unknown) => logger.error({ err }, LOG_TEXT.storeFailed));
    }
    const delay = failure.kind === "rate-limited" ? failure.retryAfterSeconds * options.retry.retryAfterUnitMs : backoffMs(call.attempts, options.retry);
    if (Date.now() + delay >= call.expiresAt) return finish(queue, "dropped", { kind: "expired", last: failure });
    queue.retryAt = Date.now() + delay;
    logger.warn({ update_id: call.updateId, method: call.method, attempt: call.attempts, delay_ms: Math.round(delay), failure: describeFailure(failure) }, LOG_TEXT.retrying);
  }

  function finish(queue: Queue, how: "sent" | "dropped", why?: DropReason): void {
    const call = queue.calls.shift()!;
    pending--;
    acks.add(call.id);
    const waitMs = Date.now() - call.createdAt;
    if (how === "sent") replyLog.sent(call, waitMs);
    else replyLog.dropped(call, waitMs, why!);
    if (pending === 0) for (const resolve of drainWaiters) resolve();
    if (pending < options.maxPending && roomWaiters.length > 0) for (const resolve of roomWaiters.splice(0)) resolve();
  }

  return {
    enqueue,
    /** Logs what was sent and dropped since the last summary (the sweep calls it). */
    summarize: () => replyLog.summarize(pending),
    /** Calls waiting to go out, in all. */
    get pending() {
      return pending;
    },
    /** Whether new updates may be taken: the outbox is below its bound. */
    get hasRoom() {
      return pending < options.maxPending;
    },
    /** Resolves once the outbox is below its bound: receiving waits on it, so updates stay with Telegram. */
    room(): Promise<void> {
      return pending < options.maxPending ? Promise.resolve() : new Promise((resolve) => roomWaiters.push(resolve));
    },
    /** Calls waiting in one lane (a chat's backlog). */
    backlog: (key: string) => queues.get(key)?.calls.length ?? 0,
    /** Sends what an earlier run left in the store; rows sealed under another token are dropped. */
    async resume(laneFor: (call: StoredCall) => Lane): Promise<number> {
      const { calls, unreadable } = await outbox.pending();
      if (unreadable.length > 0) {
        logger.error({ count: unreadable.length }, LOG_TEXT.unreadable);
        await outbox.remove(unreadable);
      }
      for (const call of calls) enqueue(laneFor(call), call);
      return calls.length;
    },
    /** Resolves true once nothing waits, or false when `ms` pass first. */
    drain(ms: number): Promise<boolean> {
      if (pending === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const done = (drained: boolean) => {
          clearTimeout(timer);
          drainWaiters.delete(onEmpty);
          resolve(drained);
        };
        const onEmpty = () => done(true);
        const timer = setTimeout(() => done(false), ms);
        drainWaiters.add(onEmpty);
      });
    },
    /** Stops sending. Calls cut off in flight may have arrived: stored as such, for one more try at most. */
    async stop(): Promise<void> {
      stopped = true;
      for (const queue of queues.values()) clearTimeout(queue.timer);
      const cutOff = [...inFlight].map((call) => call.id);
      if (cutOff.length > 0) await outbox.markAmbiguous(cutOff).catch((err: unknown) => logger.error({ err }, LOG_TEXT.storeFailed));
      await acks.flush();
      await api.destroy();
    },
  };
}

/** Exponential backoff with "equal jitter" (half fixed, half random) after the `attempt`-th failure. */
export function backoffMs(attempt: number, retry: PipelineOptions["retry"]): number {
  const ceiling = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
  return ceiling / 2 + Math.random() * (ceiling / 2);
}
