// Sending HTML back into the chat an update came from, as a reply to the message that asked.
import type { InlineKeyboardMarkup } from "telegraf/types";
import type { Answer } from "../engine/types.js";
import { answerMessage, type AnswerView } from "./answer-message.js";
import type { BotContext, Outcome } from "./context.js";
import { withFeedback } from "./keyboard.js";

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

/**
 * An engine answer with its buttons, as the view says; also records it for the update's log line
 * and, when the reader's question is logged, for the question log.
 */
export async function replyWithAnswer(
  ctx: BotContext,
  handler: string,
  answer: Answer,
  replyTo: number | undefined,
  view: AnswerView,
  question?: Outcome["question"],
): Promise<void> {
  ctx.outcome = { handler, answer, ...(question ? { question } : {}) };
  const { html, keyboard } = answerMessage(answer, view);
  // Votes are asked for in private chats, on answers that quote the article.
  const voting = question !== undefined && ctx.chat?.type === "private" && answer.kind === "answer";
  await replyWithHtml(ctx, html, { replyTo, keyboard: voting ? withFeedback(keyboard, question.id) : keyboard });
}

/** Messages in order, the first one as the reply; for text split by paginateHtml. */
export async function replyWithPages(ctx: BotContext, pages: readonly string[], replyTo?: number): Promise<void> {
  for (const [index, page] of pages.entries()) {
    await replyWithHtml(ctx, page, { replyTo: index === 0 ? replyTo : undefined });
  }
}
