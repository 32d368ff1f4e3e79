// The slash commands: what they do, and the menu Telegram shows for them, in each language.
import type { Telegram } from "telegraf";
import type { Logger } from "../../logger.js";
import { TOPIC_MEMORY_MINUTES } from "../../conversation/memory.js";
import { articleHeading, formatArticlePages, sourceHtml } from "../article-format.js";
import type { BotContext } from "../context.js";
import { linkKeyboard, questionKeyboard } from "../keyboard.js";
import { MESSAGES, type Lang } from "../messages/index.js";
import { exampleQuestion, popularQuestions } from "../popular-questions.js";
import { replyWithHtml, replyWithPages } from "../reply.js";
import type { CommandHandler } from "../router.js";
import { type Answering, answerQuestion, sendAnswer } from "./answering.js";

type CommandName = keyof (typeof MESSAGES)["en"]["commandMenu"];
// The menu's order; every name must have a handler below (the type checks it).
const MENU: readonly CommandName[] = ["ask", "article", "about", "help", "privacy", "forget", "start"];

const EXAMPLES_ON_START = 3;
// Telegram's rule for t.me/<bot>?start=<payload>; curated entry ids are used as they are.
const START_PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;
/** t.me/<bot>?start=article opens the whole article in a private chat (where /article in a group points). */
const ARTICLE_START_PAYLOAD = "article";

/** The handler for each command in the menu, by name; the router looks them up. */
export function commandHandlers(answering: Answering): ReadonlyMap<string, CommandHandler> {
  const { engine } = answering;
  const { knowledge } = engine;
  const example = (ctx: BotContext) => exampleQuestion(knowledge, ctx.lang);

  const sendArticle = (ctx: BotContext, asker: number) => replyWithPages(ctx, formatArticlePages(knowledge, ctx.lang), asker);

  const handlers: Record<CommandName, CommandHandler> = {
    start: async (ctx, message, payload) => {
      const asker = message.message_id;
      if (payload === ARTICLE_START_PAYLOAD && message.chat.type === "private") {
        ctx.outcome = { handler: "command:/start:article" };
        return sendArticle(ctx, asker);
      }
      const entry = START_PAYLOAD.test(payload) ? engine.answerEntry(payload) : undefined;
      if (entry) return sendAnswer(ctx, answering, "command:/start:deep-link", entry, asker);
      ctx.outcome = { handler: "command:/start" };
      const examples = questionKeyboard(popularQuestions(knowledge, EXAMPLES_ON_START), ctx.lang);
      await replyWithHtml(ctx, ctx.messages.welcome(knowledge.title), { replyTo: asker, keyboard: examples });
    },

    help: async (ctx, message) => {
      ctx.outcome = { handler: "command:/help" };
      await replyWithHtml(ctx, ctx.messages.help(ctx.me, example(ctx)), { replyTo: message.message_id });
    },

    about: async (ctx, message) => {
      ctx.outcome = { handler: "command:/about" };
      const about = ctx.messages.about(knowledge.title, knowledge.paragraphs.length, knowledge.sentences.length);
      const source = knowledge.source && sourceHtml(knowledge.source, ctx.messages);
      await replyWithHtml(ctx, source ? `${about}\n\n${source}` : about, { replyTo: message.message_id });
    },

    privacy: async (ctx, message) => {
      ctx.outcome = { handler: "command:/privacy" };
      await replyWithHtml(ctx, ctx.messages.privacy(TOPIC_MEMORY_MINUTES, answering.questionLog?.keepDays), { replyTo: message.message_id });
    },

    // The deletion is stored in the same transaction as this confirmation: it is confirmed only once done.
    // Asked for even while the log is off: it may hold questions from before.
    forget: async (ctx, message) => {
      ctx.outcome = { handler: "command:/forget", forget: true };
      // A reader's private chat has their user id, and only private chats have a topic kept.
      if (ctx.from) answering.topics.forget(ctx.from.id);
      await replyWithHtml(ctx, ctx.messages.forgotten, { replyTo: message.message_id });
    },

    // A group gets a button into a private chat rather than the whole article posted into it.
    article: async (ctx, message) => {
      ctx.outcome = { handler: "command:/article" };
      if (message.chat.type === "private") return sendArticle(ctx, message.message_id);
      const link = linkKeyboard(ctx.messages.openArticle, `https://t.me/${ctx.me}?start=${ARTICLE_START_PAYLOAD}`);
      const html = `${ctx.messages.articleInGroup}\n\n${articleHeading(knowledge, ctx.lang)}`;
      await replyWithHtml(ctx, html, { replyTo: message.message_id, keyboard: link });
    },

    ask: async (ctx, message, payload) => {
      const question = payload.trim();
      if (question === "") {
        ctx.outcome = { handler: "command:/ask" };
        return replyWithHtml(ctx, ctx.messages.askPrompt(example(ctx)), { replyTo: message.message_id });
      }
      ctx.log.debug({ question }, "question");
      await answerQuestion(ctx, answering, message, question, "command:/ask");
    },
  };
  return new Map(Object.entries(handlers));
}

/**
 * Fills the command menu: English for everyone, Russian for Telegram clients set to Russian.
 * Optional: a failure (or an API that lacks the method) is only a warning.
 */
export async function publishCommandMenu(telegram: Telegram, logger: Logger): Promise<void> {
  const menu = (lang: Lang) => MENU.map((command) => ({ command, description: MESSAGES[lang].commandMenu[command] }));
  try {
    await telegram.setMyCommands(menu("en"));
    await telegram.setMyCommands(menu("ru"), { language_code: "ru" });
  } catch (error) {
    logger.warn({ err: error }, "could not set the command menu; the bot runs without it");
  }
}
