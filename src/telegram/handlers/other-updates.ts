// Whatever no other handler took: stickers, photos, voice, edits, channel posts, member changes.
// A private chat gets a pointer to what the bot does; everywhere else the bot stays quiet.
import { replyWithHtml } from "../reply.js";
import type { Routes } from "../router.js";

export const otherUpdates: Routes["other"] = async (ctx) => {
  if (ctx.chat?.type !== "private") return;
  if (ctx.message) {
    ctx.outcome = { handler: "not-text" };
    return replyWithHtml(ctx, ctx.messages.notText, { replyTo: ctx.message.message_id });
  }
  if (ctx.editedMessage) {
    ctx.outcome = { handler: "edited" };
    return replyWithHtml(ctx, ctx.messages.edited, { replyTo: ctx.editedMessage.message_id });
  }
};
