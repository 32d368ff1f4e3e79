// Text messages: questions in private chats; in groups, only those addressed to the bot.
import type { Message } from "telegraf/types";
import { readAddressing } from "../addressing.js";
import { exampleQuestion } from "../popular-questions.js";
import { replyWithHtml } from "../reply.js";
import type { Handler } from "../router.js";
import { type Answering, answerQuestion } from "./answering.js";

export function questionHandler(answering: Answering): Handler<Message.TextMessage> {
  return async (ctx, message) => {
    const asker = message.message_id;
    const addressing = readAddressing(message, message.chat.type, ctx.botInfo);
    if (addressing.kind === "not-for-us") return;
    if (addressing.kind === "unknown-command") {
      ctx.outcome = { handler: "unknown-command" };
      return replyWithHtml(ctx, ctx.messages.unknownCommand, { replyTo: asker });
    }
    if (addressing.text === "") {
      ctx.outcome = { handler: "mention" };
      return replyWithHtml(ctx, ctx.messages.mentionPrompt(exampleQuestion(answering.engine.knowledge, ctx.lang)), { replyTo: asker });
    }
    ctx.log.debug({ question: addressing.text }, "question");
    await answerQuestion(ctx, answering, message, addressing.text, "question");
  };
}
