// The buttons under a message. Buttons whose data cannot fit in 64 bytes are left out
// rather than sent broken.
import type { Alternative, Answer } from "../engine/types.js";
import type { InlineKeyboardButton, InlineKeyboardMarkup } from "telegraf/types";
import { type ButtonAction, encodeAction } from "./callback-data.js";
import { clipText } from "./html.js";

// Long labels get cut by Telegram clients anyway; clipping keeps the "?" visible.
const LABEL_MAX = 48;

/** "Show context" and one "Did you mean …" per alternative; suggestions for a "none". */
export function answerKeyboard(answer: Answer): InlineKeyboardMarkup | undefined {
  if (answer.kind === "chitchat") return undefined;
  if (answer.kind === "none") return questionKeyboard(answer.suggestions);
  const contextButton = button("📖 Show context", { type: "context", sentenceIds: answer.citations.map((c) => c.id) });
  const didYouMean = answer.alternatives.map((alternative) =>
    button(`Did you mean: ${clipText(alternative.question, LABEL_MAX)}`, { type: "entry", entryId: alternative.id }),
  );
  return markup([contextButton, ...didYouMean]);
}

/** One button per question, each answering its entry: examples, suggestions. */
export function questionKeyboard(questions: readonly Alternative[]): InlineKeyboardMarkup | undefined {
  return markup(questions.map((q) => button(clipText(q.question, LABEL_MAX), { type: "entry", entryId: q.id })));
}

function button(text: string, action: ButtonAction): InlineKeyboardButton | undefined {
  const data = encodeAction(action);
  return data === undefined ? undefined : { text, callback_data: data };
}

// One button a row: labels are whole questions, too long to sit side by side.
function markup(buttons: ReadonlyArray<InlineKeyboardButton | undefined>): InlineKeyboardMarkup | undefined {
  const rows = buttons.filter((b) => b !== undefined).map((b) => [b]);
  return rows.length === 0 ? undefined : { inline_keyboard: rows };
}
