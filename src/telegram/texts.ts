// The bot's own words (everything that is not an engine answer), in Telegram HTML.
// Kept together so the voice stays consistent and copy edits touch one file.
import type { Knowledge } from "../engine/types.js";
import { escapeHtml } from "./html.js";

export function welcomeHtml(knowledge: Knowledge): string {
  return [
    "<b>Hi! I answer questions about one news article</b>, quoting its own sentences.",
    `The article: <i>${escapeHtml(knowledge.title)}</i>`,
    "Ask me anything about it, or tap one of these to start:",
  ].join("\n\n");
}

// Examples come from the knowledge (a popular question), so the copy follows the article.
export function helpHtml(botUsername: string, example: string): string {
  const bot = escapeHtml(`@${botUsername}`);
  return [
    "<b>How to ask</b>",
    `• In this chat, just send a question, e.g. <i>${escapeHtml(example)}</i>`,
    "• In a group, write <code>/ask your question</code>, mention me, or reply to one of my messages.",
    `• In any chat, type <code>${bot} your question</code> and pick an answer to send it there (inline mode).`,
    "",
    "Every answer quotes the article with its paragraph and sentence numbers, like [¶9, sentence 9.1]. " +
      "Tap <b>Show context</b> to read the whole paragraph.",
    "",
    "/article — read the article with paragraph numbers\n/about — what I know and how I cite",
  ].join("\n");
}

export function aboutHtml(knowledge: Knowledge): string {
  return [
    `<b>What I know</b>\nOne article: <i>${escapeHtml(knowledge.title)}</i> ` +
      `(${knowledge.paragraphs.length} paragraphs, ${knowledge.sentences.length} sentences).`,
    "<b>How I answer</b>\nOnly from that article. I quote its sentences word for word and cite each one: " +
      "[¶9, sentence 9.1] means paragraph 9, its first sentence. If the article does not say, I tell you so " +
      "instead of guessing.",
    "Read it all with /article.",
  ].join("\n\n");
}

export function askPromptHtml(example: string): string {
  return `What would you like to know about the article? Write it after the command, e.g. <code>/ask ${escapeHtml(example)}</code>`;
}

export function mentionPromptHtml(example: string): string {
  return `Yes? Ask me something about the article, e.g. <i>${escapeHtml(example)}</i>`;
}

export const replies = {
  notText: "I answer text questions about the article. Send me a question, or /help to see how.",
  edited: "I don't re-read edited messages. Send the question again as a new message.",
  unknownCommand: "I don't know that command. /help shows what I can do.",
  staleButton: "That button is out of date. Ask me again.",
} as const;
