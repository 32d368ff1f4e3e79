// The previous answer's topic per private chat, for a while: long enough for a follow-up, short
// enough that tomorrow's "why?" is not read against today's answer. In memory only (a restart
// forgets), bounded, and keyed by chat id alone: no words of the reader's are kept.
import type { Topic } from "./topic.js";

export const TOPIC_MEMORY_MINUTES = 10;
const MAX_CHATS = 10_000;

export interface TopicMemory {
  recall(chatId: number): Topic | undefined;
  remember(chatId: number, topic: Topic): void;
  /** Drops the chat's topic (/forget). */
  forget(chatId: number): void;
}

export function createTopicMemory({ minutes = TOPIC_MEMORY_MINUTES, maxChats = MAX_CHATS, now = () => Date.now() } = {}): TopicMemory {
  const topics = new Map<number, { topic: Topic; until: number }>();
  return {
    recall(chatId) {
      const kept = topics.get(chatId);
      if (kept === undefined) return undefined;
      if (kept.until > now()) return kept.topic;
      topics.delete(chatId);
      return undefined;
    },
    remember(chatId, topic) {
      // Re-inserting moves the chat to the end, so the oldest conversation is the first key.
      topics.delete(chatId);
      topics.set(chatId, { topic, until: now() + minutes * 60_000 });
      if (topics.size > maxChats) topics.delete(topics.keys().next().value as number);
    },
    forget(chatId) {
      topics.delete(chatId);
    },
  };
}
