import type { InlineQuery } from "telegraf/types";
import type { Engine } from "../../engine/types.js";
import { INLINE_CACHE_SECONDS, inlineReply } from "../inline-results.js";
import type { Handler } from "../router.js";

/** "@OurBot question" typed in any chat (inline mode must be on: @BotFather, /setinline). */
export function inlineHandler(engine: Engine): Handler<InlineQuery> {
  return async (ctx, { query }) => {
    if (query !== "") ctx.log.debug({ question: query }, "inline question");
    const { results, button, answer } = inlineReply(engine, query, ctx.lang);
    ctx.outcome = { handler: "inline", answer };
    // Personal: the same query is worded in each reader's language, so one reader's cached
    // results must not be served to another (Telegram caches by query text alone otherwise).
    await ctx.answerInlineQuery(results, { cache_time: INLINE_CACHE_SECONDS, is_personal: true, ...(button ? { button } : {}) });
  };
}
