// Button presses. Every callback query gets answerCallbackQuery, even one carrying data
// this bot cannot use: otherwise the person's button keeps spinning.
import type { CallbackQuery } from "telegraf/types";
import { formatContextHtml } from "../article-format.js";
import { decodeAction } from "../callback-data.js";
import type { BotContext } from "../context.js";
import type { Handler } from "../router.js";
import { type Answering, sendAnswer, sendContext } from "./answering.js";

export function buttonHandler(answering: Answering): Handler<CallbackQuery> {
  return async (ctx, query) => {
    const action = decodeAction("data" in query ? query.data : undefined);
    // Buttons only ever sit under the bot's chat messages; without one there is nowhere to answer.
    const pressedOn = query.message?.message_id;
    if (!action || !ctx.chat || pressedOn === undefined) return stale(ctx, "malformed");

    if (action.type === "vote") {
      // Kept only while questions are logged; the toast thanks the reader either way.
      const vote = answering.questionLog ? { vote: { questionId: action.questionId, up: action.up } } : {};
      ctx.outcome = { handler: "button:vote", ...vote };
      return void (await ctx.answerCbQuery(action.up ? ctx.messages.votedUp : ctx.messages.votedDown));
    }
    if (action.type === "entry") {
      const answer = answering.engine.answerEntry(action.entryId);
      if (!answer) return stale(ctx, "entry");
      await ctx.answerCbQuery();
      return sendAnswer(ctx, answering, "button:entry", answer, pressedOn);
    }
    const { type: _, ...topic } = action;
    const html = formatContextHtml(answering.engine.knowledge, topic.sentenceIds, ctx.lang);
    if (html === undefined) return stale(ctx, "context");
    await ctx.answerCbQuery();
    await sendContext(ctx, answering, "button:context", topic, html, pressedOn);
  };
}

// Data from an older version of the bot (or forged): say so in the little popup, change nothing.
async function stale(ctx: BotContext, what: string): Promise<void> {
  ctx.outcome = { handler: `button:stale-${what}` };
  await ctx.answerCbQuery(ctx.messages.staleButton);
}
