// One log line per update, whatever happened to it. Question text goes out only at debug
// level (handlers log it there): people's questions are not ours to keep by default.
import type { MiddlewareFn } from "telegraf";
import type { Logger } from "../logger.js";
import type { BotContext } from "./context.js";

export function logUpdates(logger: Logger): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const started = performance.now();
    ctx.log = logger.child({ update_id: ctx.update.update_id });
    try {
      await next();
    } finally {
      const answer = ctx.outcome?.answer;
      ctx.log.info(
        {
          update_type: ctx.updateType,
          chat_type: ctx.chat?.type,
          handler: ctx.outcome?.handler ?? "ignored",
          answer_kind: answer?.kind,
          answer_source: answer?.kind === "answer" ? answer.source : undefined,
          latency_ms: Math.round((performance.now() - started) * 10) / 10,
        },
        "update handled",
      );
    }
  };
}
