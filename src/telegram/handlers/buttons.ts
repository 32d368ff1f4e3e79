// Button presses. Every callback query gets answerCallbackQuery, even one carrying data
// this bot cannot use: otherwise the person's button keeps spinning.
import type { CallbackQuery } from "telegraf/types";
import type { Engine } from "../../engine/types.js";
import { formatContextPages } from "../article-format.js";
import { decodeAction } from "../callback-data.js";
import type { BotContext } from "../context.js";
import { replyWithAnswer, replyWithPages } from "../reply.js";
import type { Handler } from "../router.js";
import { replies } from "../texts.js";

export function buttonHandler(engine: Engine): Handler<CallbackQuery> {
  return async (ctx, query) => {
    const action = decodeAction("data" in query ? query.data : undefined);
    // Buttons only ever sit under the bot's chat messages; without one there is nowhere to answer.
    const pressedOn = query.message?.message_id;
    if (!action || !ctx.chat || pressedOn === undefined) return stale(ctx, "malformed");

    if (action.type === "entry") {
      const answer = engine.answerEntry(action.entryId);
      if (!answer) return stale(ctx, "entry");
      await ctx.answerCbQuery();
      return replyWithAnswer(ctx, "button:entry", answer, pressedOn);
    }
    const pages = formatContextPages(engine.knowledge, action.sentenceIds);
    if (!pages) return stale(ctx, "context");
    ctx.outcome = { handler: "button:context" };
    await ctx.answerCbQuery();
    await replyWithPages(ctx, pages, pressedOn);
  };
}

// Data from an older version of the bot (or forged): say so in the little popup, change nothing.
async function stale(ctx: BotContext, what: string): Promise<void> {
  ctx.outcome = { handler: `button:stale-${what}` };
  await ctx.answerCbQuery(replies.staleButton);
}
