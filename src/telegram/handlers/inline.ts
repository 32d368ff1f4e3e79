import { Composer } from "telegraf";
import type { Engine } from "../../engine/types.js";
import type { BotContext } from "../context.js";
import { INLINE_CACHE_SECONDS, inlineReply } from "../inline-results.js";

/** "@OurBot question" typed in any chat (inline mode must be on: @BotFather, /setinline). */
export function inlineHandlers(engine: Engine): Composer<BotContext> {
  const inline = new Composer<BotContext>();

  inline.on("inline_query", async (ctx) => {
    const { query } = ctx.inlineQuery;
    if (query !== "") ctx.log.debug({ question: query }, "inline question");
    const { results, button, answer } = inlineReply(engine, query);
    ctx.outcome = { handler: "inline", answer };
    // Not personal: the same query gets the same answers whoever types it.
    await ctx.answerInlineQuery(results, { cache_time: INLINE_CACHE_SECONDS, is_personal: false, ...(button ? { button } : {}) });
  });

  return inline;
}
