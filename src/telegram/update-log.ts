// One log line per update, whatever happened to it. Question text goes out only at debug
// level (handlers log it there): people's questions are not ours to keep by default.
import type { MiddlewareFn } from "telegraf";
import type { Answer } from "../engine/types.js";
import type { Logger } from "../logger.js";
import type { BotContext } from "./context.js";

export const UPDATE_LOGGED = "update handled";

/** What the update's line says about it and its answer; the pipeline adds how it went out. */
export function updateFields(ctx: BotContext): Record<string, unknown> {
  const answer = ctx.outcome?.answer;
  const { entryId, sentenceIds, confidence } = answer ? answerOutline(answer) : {};
  return {
    update_type: ctx.updateType,
    chat_type: ctx.chat?.type,
    handler: ctx.outcome?.handler ?? "ignored",
    answer_kind: answer?.kind,
    answer_source: answer?.kind === "answer" ? answer.source : undefined,
    entry_id: entryId,
    sentence_ids: sentenceIds,
    confidence,
  };
}

/** What an answer was, in the terms the log line and the question log share. */
export function answerOutline(answer: Answer): { entryId?: string; sentenceIds?: string[]; confidence?: number } {
  if (answer.kind === "none") return answer.gapId === undefined ? {} : { entryId: answer.gapId };
  if (answer.kind !== "answer") return {};
  const confidence = Math.round(answer.confidence * 1000) / 1000;
  // A passage answer has no entry: the sentences it cites say what it was.
  if (answer.source === "passage") return { sentenceIds: answer.citations.map((c) => c.id), confidence };
  return answer.entryId === undefined ? { confidence } : { entryId: answer.entryId, confidence };
}

export function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** The line for a bot without the pipeline (handler tests): written once the handler is done. */
export function logUpdates(logger: Logger): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const started = performance.now();
    ctx.log = logger.child({ update_id: ctx.update.update_id });
    try {
      await next();
    } finally {
      ctx.log.info({ ...updateFields(ctx), latency_ms: roundMs(performance.now() - started) }, UPDATE_LOGGED);
    }
  };
}
