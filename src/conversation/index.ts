// A conversation over the engine: each question read against the previous answer's topic.
// Pure, like the engine: the Telegram handlers and the console chat share it.
import type { Answer, Engine } from "../engine/types.js";
import { createFollowUpReader } from "./follow-up.js";
import { sameTopic, type Topic, topicOf } from "./topic.js";

export type { Topic } from "./topic.js";
export { topicOf } from "./topic.js";

export type Reply =
  /** An engine answer; `followedUp` when the question was read with the previous answer's subject. */
  | { kind: "answer"; answer: Answer; followedUp: boolean }
  /** The text around a topic's sentences: "tell me more", or a follow-up the article says no more about. */
  | { kind: "context"; topic: Topic; saysNoMore: boolean }
  /** A follow-up with nothing before it to follow. */
  | { kind: "no-topic" };

export interface Conversation {
  reply(question: string, topic: Topic | undefined): Reply;
}

export function createConversation(engine: Engine): Conversation {
  const followUps = createFollowUpReader(engine.knowledge);

  const sentenceIds = new Set(engine.knowledge.sentences.map((sentence) => sentence.id));
  // A topic read back from an old message may name sentences a changed article no longer has.
  const known = (topic: Topic | undefined) => (topic?.sentenceIds.every((id) => sentenceIds.has(id)) ? topic : undefined);

  function reply(question: string, previous: Topic | undefined): Reply {
    const topic = known(previous);
    const asked = engine.answer(question);
    // Small talk is small talk whatever came before: "who are you?" is not "who" about the last answer.
    if (asked.kind === "chitchat") return { kind: "answer", answer: asked, followedUp: false };
    const followUp = followUps.read(question, topic);
    if (followUp.kind === "own") return { kind: "answer", answer: asked, followedUp: false };
    // Nothing to follow: whatever the engine makes of it alone, or, when that is nothing, a prompt.
    // A known gap ("Which nerve agent was it?": the article doesn't name it) is the engine making something of it.
    const madeOut = asked.kind === "answer" || (asked.kind === "none" && asked.gapId !== undefined);
    if (followUp.kind === "no-topic" || topic === undefined) {
      return madeOut ? { kind: "answer", answer: asked, followedUp: false } : { kind: "no-topic" };
    }
    if (followUp.kind === "more") return { kind: "context", topic, saysNoMore: false };
    const answer = engine.answer(followUp.question);
    // "it" may be no pronoun of a subject at all ("which nerve agent was it?"): what the question says alone stands.
    if (answer.kind === "none" && answer.gapId === undefined && madeOut) return { kind: "answer", answer: asked, followedUp: false };
    const answered = topicOf(answer);
    // "why?" after "Where is Volkov based?" finds the same entry again: the article says no more.
    if (answered && sameTopic(answered, topic)) return { kind: "context", topic, saysNoMore: true };
    return { kind: "answer", answer, followedUp: true };
  }

  return { reply };
}
