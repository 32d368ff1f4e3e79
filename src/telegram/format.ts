// How an engine Answer reads in Telegram. The one place that decides it, so a private chat,
// a group reply and an inline result all look the same.
import { quoteSentence } from "../engine/quote.js";
import type { Alternative, Answer, Citation } from "../engine/types.js";
import { clipText, escapeHtml, MESSAGE_LIMIT, paginateHtml } from "./html.js";

// Engine wording is short, but it is clipped anyway so that a message can never overflow.
const ENGINE_TEXT_MAX = 600;
const SUGGESTIONS_SHOWN = 3;
const MORE_NOTE = "<i>More of the article: /article</i>";

export function formatAnswerHtml(answer: Answer): string {
  switch (answer.kind) {
    case "answer":
      return fitOneMessage([headline(answer.shortAnswer), ...answer.citations.map(formatCitation)]);
    case "chitchat":
      return escapeHtml(clipText(answer.reply, ENGINE_TEXT_MAX));
    case "none":
      return fitOneMessage([escapeHtml(clipText(answer.message, ENGINE_TEXT_MAX)), suggestionList(answer.suggestions)]);
  }
}

/** The paragraph a sentence id ("9.1") belongs to, or undefined for an id of another shape. */
function paragraphOf(sentenceId: string): number | undefined {
  const match = /^(\d+)\.\d+$/.exec(sentenceId);
  return match ? Number(match[1]) : undefined;
}

/** The short reference shown after a quote and in inline descriptions: "¶9, sentence 9.1". */
export function citationLabel(citation: Citation): string {
  const paragraph = paragraphOf(citation.id);
  return paragraph === undefined ? `sentence ${citation.id}` : `¶${paragraph}, sentence ${citation.id}`;
}

function headline(shortAnswer: string | undefined): string {
  return shortAnswer ? `<b>${escapeHtml(clipText(shortAnswer, ENGINE_TEXT_MAX))}</b>` : "<b>From the article:</b>";
}

function formatCitation(citation: Citation): string {
  return `${escapeHtml(quoteSentence(citation.text))} [${escapeHtml(citationLabel(citation))}]`;
}

function suggestionList(suggestions: readonly Alternative[]): string {
  const shown = suggestions.slice(0, SUGGESTIONS_SHOWN);
  if (shown.length === 0) return "Send /article to read what it does cover.";
  const lines = shown.map((suggestion) => `• ${escapeHtml(clipText(suggestion.question, ENGINE_TEXT_MAX))}`);
  return ["It does cover, for example:", ...lines].join("\n");
}

// Answers are short; if one ever is not, whole quotes are dropped from the end, not cut.
function fitOneMessage(blocks: readonly string[]): string {
  const [first = "", ...rest] = paginateHtml(blocks, MESSAGE_LIMIT - MORE_NOTE.length - 2);
  return rest.length === 0 ? first : `${first}\n\n${MORE_NOTE}`;
}
