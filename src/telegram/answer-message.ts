// An engine Answer as the message that carries it: HTML text and buttons.
import type { InlineKeyboardMarkup } from "telegraf/types";
import type { Answer } from "../engine/types.js";
import { formatAnswerHtml } from "./format.js";
import { answerKeyboard } from "./keyboard.js";

export interface AnswerMessage {
  html: string;
  keyboard?: InlineKeyboardMarkup;
}

// The engine hands back the same Answer object when a question comes again (its answer cache), and
// popular questions come again and again: each is formatted once, not once per update. Keyed
// weakly, so an answer the engine's cache drops is dropped here too. Shared: never mutate.
const formatted = new WeakMap<Answer, AnswerMessage>();

export function answerMessage(answer: Answer): AnswerMessage {
  let message = formatted.get(answer);
  if (message === undefined) {
    message = { html: formatAnswerHtml(answer), keyboard: answerKeyboard(answer) };
    formatted.set(answer, message);
  }
  return message;
}
