import { createInterface } from "node:readline";
import { createConversation, type Reply, type Topic, topicOf } from "../conversation/index.js";
import type { Engine } from "../engine/types.js";
import { formatAnswerText, formatContextText, questionLanguage } from "./format-text.js";

/**
 * A console chat on the same engine and conversation the bot uses: the way to try the bot without
 * Telegram, follow-ups ("and when?", "tell me more") included.
 */
export async function runChat(engine: Engine): Promise<number> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const conversation = createConversation(engine);
  let topic: Topic | undefined;
  console.log(`Ask me about: ${engine.knowledge.title}\n(Ctrl-D or "/quit" to leave.)`);
  rl.setPrompt("you> ");
  rl.prompt();
  for await (const line of rl) {
    if (line.trim() === "/quit") break;
    const reply = conversation.reply(line, topic);
    topic = (reply.kind === "answer" ? topicOf(reply.answer) : reply.kind === "context" ? reply.topic : undefined) ?? topic;
    console.log(`bot> ${replyText(engine, reply, questionLanguage(line)).replace(/\n/g, "\n     ")}\n`);
    rl.prompt();
  }
  rl.close();
  return 0;
}

function replyText(engine: Engine, reply: Reply, lang: "en" | "ru"): string {
  const { knowledge } = engine;
  switch (reply.kind) {
    case "no-topic":
      return "About what? Ask me a whole question.";
    case "context": {
      const context = formatContextText(knowledge, reply.topic.sentenceIds);
      return reply.saysNoMore ? `That is all the article says about it. Here is the text around it:\n${context}` : context;
    }
    case "answer": {
      const { answer } = reply;
      const entry = reply.followedUp && answer.kind === "answer" ? knowledge.qa.find((e) => e.id === answer.entryId) : undefined;
      // A follow-up says which question it was read as.
      return `${entry ? `(${entry.questions[0]})\n` : ""}${formatAnswerText(reply.answer, lang)}`;
    }
  }
}
