// Answering in a chat, shared by questions, /ask, deep links and buttons: a question is read
// against the answer it follows up, and an answer given in a private chat becomes the topic the
// next follow-up leans on.
import type { Message } from "telegraf/types";
import { type Conversation, createConversation, topicOf, type Topic } from "../../conversation/index.js";
import { createTopicMemory, type TopicMemory } from "../../conversation/memory.js";
import type { Answer, Engine } from "../../engine/types.js";
import type { AnswerView } from "../answer-message.js";
import { formatContextHtml } from "../article-format.js";
import type { BotContext } from "../context.js";
import { answeredEntry, questionOf } from "../entry-wording.js";
import { topicOfKeyboard } from "../keyboard.js";
import { exampleQuestion } from "../popular-questions.js";
import { newQuestionId } from "../question-log.js";
import { replyWithAnswer, replyWithHtml } from "../reply.js";

/** What every handler that answers needs: the engine, the conversation over it, and each private chat's last topic. */
export interface Answering {
  engine: Engine;
  conversation: Conversation;
  topics: TopicMemory;
  /** Present when questions are logged (QUESTION_LOG): each gets an id, and private answers 👍/👎 buttons. */
  questionLog?: { keepDays: number };
}

/** The topic memory is given when it must outlive this engine (a knowledge reload keeps follow-ups working). */
export function createAnswering(engine: Engine, { topics = createTopicMemory(), questionLog }: Partial<Pick<Answering, "topics" | "questionLog">> = {}): Answering {
  return { engine, conversation: createConversation(engine), topics, ...(questionLog ? { questionLog } : {}) };
}

/** A question asked in a chat: read against the bot's answer it replies to, or in a private chat the last one. */
export async function answerQuestion(ctx: BotContext, answering: Answering, message: Message.TextMessage, question: string, handler: string) {
  const asker = message.message_id;
  const replied = message.reply_to_message;
  const repliedTopic = replied?.from?.id === ctx.botInfo.id && "reply_markup" in replied ? topicOfKeyboard(replied.reply_markup) : undefined;
  const topic = repliedTopic ?? (message.chat.type === "private" ? answering.topics.recall(message.chat.id) : undefined);
  const reply = answering.conversation.reply(question, topic);
  if (reply.kind === "no-topic") {
    ctx.outcome = { handler: `${handler}:no-topic` };
    return replyWithHtml(ctx, ctx.messages.noTopic(exampleQuestion(answering.engine.knowledge, ctx.lang)), { replyTo: asker });
  }
  if (reply.kind === "context") {
    const lead = reply.saysNoMore ? ctx.messages.saysNoMore : undefined;
    const html = formatContextHtml(answering.engine.knowledge, reply.topic.sentenceIds, ctx.lang, lead);
    // The conversation follows only topics whose sentences the article has.
    if (html === undefined) throw new Error("a follow-up's topic names sentences the article lacks");
    return sendContext(ctx, answering, `${handler}:more`, reply.topic, html, asker);
  }
  // A follow-up's answer says which question it answers: the reader sees how "and when?" was read.
  const entry = reply.followedUp ? answeredEntry(answering.engine.knowledge, reply.answer) : undefined;
  await sendAnswer(ctx, answering, handler, reply.answer, asker, { heading: entry && questionOf(entry, ctx.lang), asked: question });
}

export interface SentAnswer {
  /** The question shown above the answer (a follow-up's reading). */
  heading?: string | undefined;
  /** The reader's own words it answers, for the question log (none for a button or a deep link). */
  asked?: string;
}

/** Sends an answer with its buttons; in a private chat its topic is kept for a follow-up. */
export async function sendAnswer(ctx: BotContext, answering: Answering, handler: string, answer: Answer, replyTo: number, { heading, asked }: SentAnswer = {}) {
  const topic = topicOf(answer);
  if (topic) keepTopic(ctx, answering, topic);
  const view: AnswerView = { lang: ctx.lang, title: answering.engine.knowledge.title, ...(heading === undefined ? {} : { question: heading }) };
  const logged = asked !== undefined && answering.questionLog ? { id: newQuestionId(), text: asked } : undefined;
  await replyWithAnswer(ctx, handler, answer, replyTo, view, logged);
}

/** Sends the text around a topic's sentences (formatContextHtml); in a private chat the topic is kept. */
export async function sendContext(ctx: BotContext, answering: Answering, handler: string, topic: Topic, html: string, replyTo: number) {
  keepTopic(ctx, answering, topic);
  ctx.outcome = { handler };
  await replyWithHtml(ctx, html, { replyTo });
}

function keepTopic(ctx: BotContext, answering: Answering, topic: Topic): void {
  if (ctx.chat?.type === "private") answering.topics.remember(ctx.chat.id, topic);
}
