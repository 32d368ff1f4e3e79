// Text messages: questions in private chats; in groups, only those addressed to the bot.
import type { Message } from "telegraf/types";
import type { Engine } from "../../engine/types.js";
import { readAddressing } from "../addressing.js";
import { replyWithAnswer, replyWithHtml } from "../reply.js";
import { exampleQuestion } from "../popular-questions.js";
import type { Handler } from "../router.js";
import { mentionPromptHtml, replies } from "../texts.js";

export function questionHandler(engine: Engine): Handler<Message.TextMessage> {
  return async (ctx, message) => {
    const asker = message.message_id;
    const addressing = readAddressing(message, message.chat.type, ctx.botInfo);
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
  };
}
