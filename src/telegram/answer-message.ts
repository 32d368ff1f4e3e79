// An engine Answer as the message that carries it: HTML text and, in chats, buttons.
import type { InlineKeyboardMarkup } from "telegraf/types";
import type { Answer } from "../engine/types.js";
import { type AnswerView, formatAnswerHtml } from "./format.js";
import { answerKeyboard } from "./keyboard.js";

export type { AnswerView } from "./format.js";

export interface AnswerMessage {
  html: string;
  keyboard?: InlineKeyboardMarkup;
}

// The engine hands back the same Answer object when a question comes again (its answer cache), and
// popular questions come again and again: each is formatted once per view, not once per update.
// A view's question is the entry's own (or, for a passage, the query that made this very Answer),
// so an answer has only a few views. Keyed weakly, so an answer the engine's cache drops is dropped
// here too. Shared: never mutate.
const formatted = new WeakMap<Answer, Map<string, AnswerMessage>>();

export function answerMessage(answer: Answer, view: AnswerView): AnswerMessage {
  const key = `${view.lang}:${view.inline === true}:${view.question ?? ""}`;
  let views = formatted.get(answer);
  if (views === undefined) formatted.set(answer, (views = new Map()));
  let message = views.get(key);
  if (message === undefined) views.set(key, (message = build(answer, view)));
  return message;
}

function build(answer: Answer, view: AnswerView): AnswerMessage {
  const html = formatAnswerHtml(answer, view);
  return view.inline ? { html } : { html, keyboard: answerKeyboard(answer, view.lang) };
}
