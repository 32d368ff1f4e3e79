// Handling an update never waits on Telegram: while it is handled, the calls its handlers make
// (ctx.reply, ctx.answerCbQuery, ctx.answerInlineQuery …) are captured instead of sent, and the
// pipeline stores them in the outbox in the same step that marks the update handled.
import type { MiddlewareFn } from "telegraf";
import type { Update } from "telegraf/types";
import type { Logger } from "../logger.js";
import type { QuestionLogChange } from "../store/index.js";
import type { BotContext } from "../telegram/context.js";
import { questionLogChanges } from "../telegram/question-log.js";
import { updateFields } from "../telegram/update-log.js";
import type { BotApi } from "./bot-api.js";
import { LOG_TEXT, USER_TEXT } from "./messages.js";
import type { PipelineOptions } from "./options.js";

export interface CapturedCall {
  method: string;
  payload: Record<string, unknown>;
}

/** One update on its way through: what its handlers wanted sent, and what its log line says. */
export interface UpdateRecord {
  update: Update;
  startedAt: number;
  calls: CapturedCall[];
  fields: Record<string, unknown>;
  /** What the question log keeps of it: its question, a vote, a /forget. */
  log: QuestionLogChange[];
}

/**
 * Reading methods (getChat, getFile …) return what a handler needs, so they are made at once,
 * bounded by the call timeout. Every other method is an effect, deferred to the outbox: its result
 * is a placeholder (a message with id 0), so handlers must not build on a sent message's id.
 */
export const isDeferred = (method: string): boolean => !method.startsWith("get");

type CallApi = (method: string, payload: Record<string, unknown>) => Promise<unknown>;

export interface CaptureDeps {
  records: Map<number, UpdateRecord>;
  api: BotApi;
  options: PipelineOptions;
  logger: Logger;
}

/** The bot's first middleware under the pipeline; the handlers run inside it. */
export function captureCalls({ records, api, options, logger }: CaptureDeps): MiddlewareFn<BotContext> {
  const maxChars = options.flood.maxMessageChars;
  return async (ctx, next) => {
    const updateId = ctx.update.update_id;
    const record = records.get(updateId);
    if (record === undefined) throw new Error(`update ${updateId} was handled outside the pipeline`);
    ctx.log = logger.child({ update_id: updateId });
    const capture: CallApi = (method, payload) => {
      if (!isDeferred(method)) return api.call(method, payload, { timeoutMs: options.callTimeoutMs });
      if (Object.values(payload).some(isUpload)) throw new Error(`${method}: the outbox keeps JSON only; send files by file_id or URL`);
      record.calls.push({ method, payload });
      return Promise.resolve(placeholder(method, payload));
    };
    ctx.telegram.callApi = capture as BotContext["telegram"]["callApi"];
    const text = ctx.message !== undefined && "text" in ctx.message ? ctx.message.text : undefined;
    if (ctx.chat?.type === "private" && text !== undefined && text.length > maxChars) {
      ctx.outcome = { handler: "refused:too-long" };
      await ctx.reply(USER_TEXT.tooLong(maxChars));
    } else {
      try {
        await next();
      } catch (error) {
        ctx.log.error({ err: error }, LOG_TEXT.handlerFailed);
        ctx.outcome = { handler: `failed:${ctx.outcome?.handler ?? "ignored"}` };
        // Whatever the handler had queued before it failed goes out, then the apology.
        if (ctx.chat !== undefined) await ctx.reply(USER_TEXT.apology);
      }
    }
    record.fields = updateFields(ctx);
    record.log = questionLogChanges(ctx, performance.now() - record.startedAt);
  };
}

function placeholder(method: string, payload: Record<string, unknown>): unknown {
  if (!method.startsWith("send") && method !== "copyMessage" && method !== "forwardMessage") return true;
  return { message_id: 0, date: Math.floor(Date.now() / 1000), chat: { id: payload.chat_id }, text: payload.text };
}

function isUpload(value: unknown): boolean {
  return typeof value === "object" && value !== null && "source" in value;
}
