// Sending HTML back into the chat an update came from, as a reply to the message that asked.
import type { InlineKeyboardMarkup } from "telegraf/types";
import type { Answer } from "../engine/types.js";
import { answerMessage, type AnswerView } from "./answer-message.js";
import type { BotContext } from "./context.js";

export async function replyWithHtml(
  ctx: BotContext,
  html: string,
  options: { replyTo?: number; keyboard?: InlineKeyboardMarkup } = {},
): Promise<void> {
  await ctx.reply(html, {
    parse_mode: "HTML",
    // The asker's message may be deleted meanwhile; the answer is still worth sending.
    ...(options.replyTo === undefined ? {} : { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } }),
    ...(options.keyboard === undefined ? {} : { reply_markup: options.keyboard }),
  });
}

/** An engine answer with its buttons, as the view says; also records it for the update's log line. */
export async function replyWithAnswer(ctx: BotContext, handler: string, answer: Answer, replyTo: number | undefined, view: AnswerView): Promise<void> {
  ctx.outcome = { handler, answer };
  const { html, keyboard } = answerMessage(answer, view);
  await replyWithHtml(ctx, html, { replyTo, keyboard });
}

/** Messages in order, the first one as the reply; for text split by paginateHtml. */
export async function replyWithPages(ctx: BotContext, pages: readonly string[], replyTo?: number): Promise<void> {
  for (const [index, page] of pages.entries()) {
    await replyWithHtml(ctx, page, { replyTo: index === 0 ? replyTo : undefined });
  }
}
