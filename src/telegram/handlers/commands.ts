// The slash commands: what they do, and the menu Telegram shows for them.
import type { Telegram } from "telegraf";
import type { BotCommand } from "telegraf/types";
import type { Engine } from "../../engine/types.js";
import type { Logger } from "../../logger.js";
import { formatArticlePages } from "../article-format.js";
import { questionKeyboard } from "../keyboard.js";
import { exampleQuestion, popularQuestions } from "../popular-questions.js";
import { replyWithAnswer, replyWithHtml, replyWithPages } from "../reply.js";
import type { CommandHandler } from "../router.js";
import { aboutHtml, askPromptHtml, helpHtml, welcomeHtml } from "../texts.js";

const BOT_COMMANDS: readonly BotCommand[] = [
  { command: "ask", description: "Ask a question about the article" },
  { command: "article", description: "Read the article with paragraph numbers" },
  { command: "about", description: "What I know and how I cite" },
  { command: "help", description: "How to ask, here, in groups and inline" },
  { command: "start", description: "Welcome and example questions" },
];

const EXAMPLES_ON_START = 3;
// Telegram's rule for t.me/<bot>?start=<payload>; curated entry ids are used as they are.
const START_PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;

/** The handler for each command in the menu, by name; the router looks them up. */
export function commandHandlers(engine: Engine): ReadonlyMap<string, CommandHandler> {
  const { knowledge } = engine;

  const start: CommandHandler = async (ctx, message, payload) => {
    const asker = message.message_id;
    const entry = START_PAYLOAD.test(payload) ? engine.answerEntry(payload) : undefined;
    if (entry) return replyWithAnswer(ctx, "command:/start:deep-link", entry, asker);
    ctx.outcome = { handler: "command:/start" };
    const examples = questionKeyboard(popularQuestions(knowledge, EXAMPLES_ON_START));
    await replyWithHtml(ctx, welcomeHtml(knowledge), { replyTo: asker, keyboard: examples });
  };

  const help: CommandHandler = async (ctx, message) => {
    ctx.outcome = { handler: "command:/help" };
    await replyWithHtml(ctx, helpHtml(ctx.me, exampleQuestion(knowledge)), { replyTo: message.message_id });
  };

  const about: CommandHandler = async (ctx, message) => {
    ctx.outcome = { handler: "command:/about" };
    await replyWithHtml(ctx, aboutHtml(knowledge), { replyTo: message.message_id });
  };

  const article: CommandHandler = async (ctx, message) => {
    ctx.outcome = { handler: "command:/article" };
    await replyWithPages(ctx, formatArticlePages(knowledge), message.message_id);
  };

  const ask: CommandHandler = async (ctx, message, payload) => {
    const question = payload.trim();
    if (question === "") {
      ctx.outcome = { handler: "command:/ask" };
      return replyWithHtml(ctx, askPromptHtml(exampleQuestion(knowledge)), { replyTo: message.message_id });
    }
    ctx.log.debug({ question }, "question");
    await replyWithAnswer(ctx, "command:/ask", engine.answer(question), message.message_id);
  };

  return new Map(Object.entries({ start, help, about, article, ask }));
}

/** Fills the command menu. Optional: a failure (or an API that lacks the method) is only a warning. */
export async function publishCommandMenu(telegram: Telegram, logger: Logger): Promise<void> {
  try {
    await telegram.setMyCommands([...BOT_COMMANDS]);
  } catch (error) {
    logger.warn({ err: error }, "could not set the command menu; the bot runs without it");
  }
}
