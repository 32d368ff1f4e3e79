// Text messages: questions in private chats; in groups, only those addressed to the bot.
import { Composer } from "telegraf";
import { message } from "telegraf/filters";
import type { Engine } from "../../engine/types.js";
import { readAddressing } from "../addressing.js";
import type { BotContext } from "../context.js";
import { replyWithAnswer, replyWithHtml } from "../reply.js";
import { exampleQuestion } from "../popular-questions.js";
import { mentionPromptHtml, replies } from "../texts.js";

export function questionHandlers(engine: Engine): Composer<BotContext> {
  const questions = new Composer<BotContext>();

  questions.on(message("text"), async (ctx) => {
    const asker = ctx.message.message_id;
    const addressing = readAddressing(ctx.message, ctx.chat.type, ctx.botInfo);
    if (addressing.kind === "not-for-us") return;
    if (addressing.kind === "unknown-command") {
      ctx.outcome = { handler: "unknown-command" };
      return replyWithHtml(ctx, replies.unknownCommand, { replyTo: asker });
    }
    if (addressing.text === "") {
      ctx.outcome = { handler: "mention" };
      return replyWithHtml(ctx, mentionPromptHtml(exampleQuestion(engine.knowledge)), { replyTo: asker });
    }
    ctx.log.debug({ question: addressing.text }, "question");
    await replyWithAnswer(ctx, "question", engine.answer(addressing.text), asker);
  });

  return questions;
}
