import type { Context } from "telegraf";
import type { Logger } from "pino";
import { LOG_TEXT, USER_TEXT } from "./messages.js";
import { RetriesExhaustedError } from "./retry-call.js";

/**
 * Handles an error from one update's handling so the bot keeps answering: telegraf's default
 * handler rethrows, which ends long polling and confirms the failed update as if answered.
 * The error is logged with the update id and, where there is a chat, the person gets a short apology.
 */
export function createHandlerErrorReporter(logger: Logger) {
  return async (error: unknown, ctx: Context): Promise<void> => {
    const updateId = ctx.update.update_id;
    // The API guard already logged this one line; Telegram is unreachable, so no apology either.
    if (error instanceof RetriesExhaustedError) return;
    logger.error({ err: error, update_id: updateId }, LOG_TEXT.handlerFailed);
    if (ctx.chat === undefined) return;
    try {
      await ctx.reply(USER_TEXT.apology);
    } catch (apologyError) {
      logger.warn({ err: apologyError, update_id: updateId }, LOG_TEXT.apologyFailed);
    }
  };
}
