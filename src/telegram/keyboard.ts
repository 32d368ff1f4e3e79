// The buttons under a message. Buttons whose data cannot fit in 64 bytes are left out
// rather than sent broken. Labels fit a phone: at most 32 characters.
import type { Topic } from "../conversation/index.js";
import type { Alternative, Answer } from "../engine/types.js";
import type { InlineKeyboardButton, InlineKeyboardMarkup } from "telegraf/types";
import { type ButtonAction, decodeAction, encodeAction } from "./callback-data.js";
import { labelOf } from "./entry-wording.js";
import { type Lang, MESSAGES } from "./messages/index.js";

/** "Show context" and one button per alternative ("Did you mean" is said in the text); suggestions for a "none". */
export function answerKeyboard(answer: Answer, lang: Lang): InlineKeyboardMarkup | undefined {
  if (answer.kind === "chitchat") return undefined;
  if (answer.kind === "none") return questionKeyboard(answer.suggestions, lang);
  const sentenceIds = answer.citations.map((c) => c.id);
  const context = button(MESSAGES[lang].showContext, { type: "context", sentenceIds, ...(answer.entryId ? { entryId: answer.entryId } : {}) });
  return markup([context, ...answer.alternatives.map((alternative) => entryButton(alternative, lang))]);
}

/** The answer's own buttons, then 👍 and 👎 side by side: a vote on the logged question they name. */
export function withFeedback(keyboard: InlineKeyboardMarkup | undefined, questionId: number): InlineKeyboardMarkup | undefined {
  const votes = [button("👍", { type: "vote", questionId, up: true }), button("👎", { type: "vote", questionId, up: false })];
  const row = votes.filter((b) => b !== undefined);
  if (row.length < 2) return keyboard;
  // A new object: the answer's own keyboard is cached and shared (answer-message.ts).
  return { inline_keyboard: [...(keyboard?.inline_keyboard ?? []), row] };
}

/** One button per question, each answering its entry: examples, suggestions. */
export function questionKeyboard(questions: readonly Alternative[], lang: Lang): InlineKeyboardMarkup | undefined {
  return markup(questions.map((question) => entryButton(question, lang)));
}

/** A single button that opens an address (a deep link into a private chat). */
export function linkKeyboard(text: string, url: string): InlineKeyboardMarkup {
  return { inline_keyboard: [[{ text, url }]] };
}

/** The topic of a bot message, read back from its Show context button: what a reply to it follows up on. */
export function topicOfKeyboard(keyboard: InlineKeyboardMarkup | undefined): Topic | undefined {
  for (const button of keyboard?.inline_keyboard.flat() ?? []) {
    const action = "callback_data" in button ? decodeAction(button.callback_data) : undefined;
    if (action?.type !== "context") continue;
    const { type: _, ...topic } = action;
    return topic;
  }
  return undefined;
}

function entryButton(alternative: Alternative, lang: Lang): InlineKeyboardButton | undefined {
  return button(labelOf(alternative, lang), { type: "entry", entryId: alternative.id });
}

function button(text: string, action: ButtonAction): InlineKeyboardButton | undefined {
  const data = encodeAction(action);
  return data === undefined ? undefined : { text, callback_data: data };
}

// One button a row: a phone shows a whole row's width for each label.
function markup(buttons: ReadonlyArray<InlineKeyboardButton | undefined>): InlineKeyboardMarkup | undefined {
  const rows = buttons.filter((b) => b !== undefined).map((b) => [b]);
  return rows.length === 0 ? undefined : { inline_keyboard: rows };
}
