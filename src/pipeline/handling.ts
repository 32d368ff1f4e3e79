// The middle of the pipeline: an update in, its replies stored. Updates of one chat are handled
// in order, different chats at once; nothing here waits on Telegram, only on the store.
import type { Middleware, Telegraf } from "telegraf";
import type { Update } from "telegraf/types";
import type { Logger } from "../logger.js";
import type { Outbox } from "../store/index.js";
import type { BotContext } from "../telegram/context.js";
import { roundMs, UPDATE_LOGGED } from "../telegram/update-log.js";
import type { BotApi } from "./bot-api.js";
import { captureCalls, type CapturedCall, type UpdateRecord } from "./capture.js";
import type { FloodLimit } from "./flood-limit.js";
import { createGroupCommit } from "./group-commit.js";
import { LOG_TEXT, USER_TEXT } from "./messages.js";
import type { PipelineOptions } from "./options.js";
import { isPacedMethod } from "./pacer.js";
import { laneOf, type Sender } from "./sender.js";

export interface HandlingDeps {
  api: BotApi;
  outbox: Outbox;
  sender: Sender;
  flood: FloodLimit;
  options: PipelineOptions;
  logger: Logger;
}

export type Receipt = "stored" | "duplicate";

const QUERY_ANSWERS = new Set(["answerCallbackQuery", "answerInlineQuery"]);

export function createHandling({ api, outbox, sender, flood, options, logger }: HandlingDeps) {
  const records = new Map<number, UpdateRecord>();
  const tails = new Map<string, Promise<unknown>>();
  const inFlight = new Set<number>();
  const commit = createGroupCommit(outbox);
  let bot: Telegraf<BotContext> | undefined;

  async function handle(update: Update): Promise<Receipt> {
    const record: UpdateRecord = { update, startedAt: performance.now(), calls: [], fields: {}, log: [] };
    records.set(update.update_id, record);
    try {
      await bot!.handleUpdate(update);
    } finally {
      records.delete(update.update_id);
    }
    const outcome = applyLimits(record);
    const handledAt = Date.now();
    const calls = record.calls.map(({ method, payload }) => ({
      lane: laneOf(method, payload),
      call: { method, body: Buffer.from(JSON.stringify(payload)) },
      expiresAt: handledAt + (QUERY_ANSWERS.has(method) ? options.queryAnswerTtlMs : options.replyTtlMs),
    }));
    // A question whose answer was held back (flood limit, backlog) is not what the reader saw: not logged.
    const log = outcome === "answered" ? record.log : record.log.filter((change) => change.type !== "asked");
    let committed;
    try {
      committed = await commit({ updateId: update.update_id, handledAt, calls, log });
    } catch (error) {
      logger.error({ err: error, update_id: update.update_id }, LOG_TEXT.commitFailed);
      throw error;
    }
    committed.stored.forEach((stored, i) => sender.enqueue(calls[i]!.lane, stored));
    logger.info(
      {
        update_id: update.update_id,
        ...record.fields,
        outcome: committed.duplicate ? "duplicate" : outcome,
        replies: committed.stored.length,
        latency_ms: roundMs(performance.now() - record.startedAt),
      },
      UPDATE_LOGGED,
    );
    return committed.duplicate ? "duplicate" : "stored";
  }

  /** The flood limit and the per-chat backlog bound; says what became of the update's messages. */
  function applyLimits(record: UpdateRecord): string {
    const messages = record.calls.filter((c) => isPacedMethod(c.method));
    if (messages.length === 0) return "answered";
    const others = record.calls.filter((c) => !isPacedMethod(c.method));
    const chatLane = laneOf(messages[0]!.method, messages[0]!.payload).key;
    if (sender.backlog(chatLane) + messages.length > options.maxPendingPerChat) {
      record.calls = others;
      return "refused:chat-backlog";
    }
    const from = senderOf(record.update);
    const verdict = from === undefined ? "answer" : flood.check(from);
    if (verdict === "answer") return "answered";
    record.calls = verdict === "notify" ? [...others, floodNotice(messages[0]!)] : others;
    return verdict === "notify" ? "flood:notice" : "flood:silent";
  }

  function floodNotice(first: CapturedCall): CapturedCall {
    const { chat_id, reply_parameters } = first.payload;
    const text = USER_TEXT.floodNotice(Math.ceil(options.flood.windowMs / 1000));
    return { method: "sendMessage", payload: { chat_id, text, ...(reply_parameters ? { reply_parameters } : {}) } };
  }

  return {
    /** Registers the capture middleware first, then the bot's own, in one bot.use. */
    install(target: Telegraf<BotContext>, ...middlewares: Middleware<BotContext>[]): void {
      bot = target;
      target.use(captureCalls({ records, api, options, logger }), ...middlewares);
    },
    /** Handles one update and stores its replies; rejects when the store failed (do not confirm it). */
    async receive(update: Update): Promise<Receipt> {
      const id = update.update_id;
      if (inFlight.has(id)) return "duplicate";
      inFlight.add(id);
      const key = sequenceKey(update);
      const previous = tails.get(key);
      const run = previous ? previous.then(() => handle(update)) : handle(update);
      const tail = run.catch(() => undefined);
      tails.set(key, tail);
      try {
        return await run;
      } finally {
        inFlight.delete(id);
        if (tails.get(key) === tail) tails.delete(key);
      }
    },
    /** Updates being handled now. */
    get inFlight() {
      return inFlight.size;
    },
  };
}

type Item = { chat?: { id: number }; message?: { chat?: { id: number } }; from?: { id: number } };

/** What the update is about: its one payload object (message, callback_query, inline_query …). */
function itemOf(update: Update): Item | undefined {
  for (const key in update) if (key !== "update_id") return (update as unknown as Record<string, Item>)[key];
  return undefined;
}

/** Updates with the same key are handled in order: the chat's, or else the person's. */
function sequenceKey(update: Update): string {
  const item = itemOf(update);
  const id = item?.chat?.id ?? item?.message?.chat?.id ?? item?.from?.id;
  return id === undefined ? `update:${update.update_id}` : String(id);
}

/** Who the bot would be answering: what the flood limit counts. */
function senderOf(update: Update): number | undefined {
  return itemOf(update)?.from?.id;
}
