// What "@OurBot question" shows in any chat: the best answer first, then the alternatives,
// each one the same HTML message a private chat would get.
import { createHash } from "node:crypto";
import type { InlineQueryResultArticle, InlineQueryResultsButton } from "telegraf/types";
import type { Answer, Engine } from "../engine/types.js";
import { answerMessage } from "./answer-message.js";
import { citationLabel } from "./format.js";
import { clipText } from "./html.js";
import { popularQuestions } from "./popular-questions.js";

const INLINE_RESULTS_MAX = 5;
/** Answers change only when the knowledge does (a redeploy), so Telegram may cache them for everyone. */
export const INLINE_CACHE_SECONDS = 3600;
/** Opens a private chat on the welcome message, with its example questions. */
const NOT_COVERED_START_PARAMETER = "inline-not-covered";

const TITLE_MAX = 100;
const DESCRIPTION_MAX = 120;

export interface InlineReply {
  results: InlineQueryResultArticle[];
  button?: InlineQueryResultsButton;
  /** The engine's answer to the query, for the log; none for an empty query. */
  answer?: Answer;
}

export function inlineReply(engine: Engine, query: string): InlineReply {
  if (query.trim() === "") return { results: popularResults(engine) };
  const answer = engine.answer(query);
  // Small talk has nothing worth sending into a chat: show what can be asked instead.
  if (answer.kind === "chitchat") return { results: popularResults(engine), answer };
  // No guessed result: the button says plainly that the article doesn't cover it.
  if (answer.kind === "none") {
    return { results: [], answer, button: { text: "Not in the article – see what it covers", start_parameter: NOT_COVERED_START_PARAMETER } };
  }
  const alternatives = answer.alternatives.flatMap((alternative) => engine.answerEntry(alternative.id) ?? []);
  const results = [answer, ...alternatives].flatMap((a) => articleResult(a) ?? []);
  return { results: uniqueById(results).slice(0, INLINE_RESULTS_MAX), answer };
}

// The popular questions with their answers, titled by the question so people see what to ask.
function popularResults(engine: Engine): InlineQueryResultArticle[] {
  return popularQuestions(engine.knowledge, INLINE_RESULTS_MAX).flatMap((popular) => {
    const answer = engine.answerEntry(popular.id);
    return (answer && articleResult(answer, popular.question)) ?? [];
  });
}

function articleResult(answer: Answer, title?: string): InlineQueryResultArticle | undefined {
  if (answer.kind !== "answer") return undefined;
  const [first] = answer.citations;
  const { html } = answerMessage(answer);
  return {
    type: "article",
    // Same answer, same message, same id: stable across queries and restarts, 32 bytes.
    id: createHash("sha256").update(html).digest("hex").slice(0, 32),
    title: clipText(title ?? answer.shortAnswer ?? `From the article${first ? `, ${citationLabel(first)}` : ""}`, TITLE_MAX),
    description: first ? clipText(first.text, DESCRIPTION_MAX) : undefined,
    input_message_content: { message_text: html, parse_mode: "HTML" },
  };
}

function uniqueById(results: readonly InlineQueryResultArticle[]): InlineQueryResultArticle[] {
  return results.filter((result, index) => results.findIndex((other) => other.id === result.id) === index);
}
