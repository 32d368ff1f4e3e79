// What "@OurBot question" shows in any chat: the best answer first, then the alternatives. Each
// result, once sent, stands on its own in a chat that never saw the question: the question, the
// answer, its citation, and which article it quotes.
import { createHash } from "node:crypto";
import type { InlineQueryResultArticle, InlineQueryResultsButton } from "telegraf/types";
import { quoteSentence } from "../engine/quote.js";
import type { Answer, Engine, Knowledge } from "../engine/types.js";
import { answerMessage } from "./answer-message.js";
import { answeredEntry, questionOf, shortAnswerOf } from "./entry-wording.js";
import { clipText } from "./html.js";
import { type Lang, MESSAGES } from "./messages/index.js";
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

export function inlineReply(engine: Engine, query: string, lang: Lang): InlineReply {
  const popular = () => popularQuestions(engine.knowledge, INLINE_RESULTS_MAX).flatMap((entry) => engine.answerEntry(entry.id) ?? []);
  if (query.trim() === "") return { results: articleResults(engine.knowledge, popular(), lang) };
  const answer = engine.answer(query);
  // Small talk has nothing worth sending into a chat: show what can be asked instead.
  if (answer.kind === "chitchat") return { results: articleResults(engine.knowledge, popular(), lang), answer };
  // No guessed result: the button says plainly that the article doesn't cover it.
  if (answer.kind === "none") {
    return { results: [], answer, button: { text: MESSAGES[lang].inlineNotCovered, start_parameter: NOT_COVERED_START_PARAMETER } };
  }
  const alternatives = answer.alternatives.flatMap((alternative) => engine.answerEntry(alternative.id) ?? []);
  return { results: articleResults(engine.knowledge, [answer, ...alternatives], lang, query), answer };
}

function articleResults(knowledge: Knowledge, answers: readonly Answer[], lang: Lang, query?: string): InlineQueryResultArticle[] {
  const results = answers.flatMap((answer) => articleResult(knowledge, answer, lang, query) ?? []);
  return results.filter((result, index) => results.findIndex((other) => other.id === result.id) === index).slice(0, INLINE_RESULTS_MAX);
}

// Titled by the question it answers and described by the answer, whether the query was typed or empty.
// A passage answers no curated question: the reader's own query stands for it.
function articleResult(knowledge: Knowledge, answer: Answer, lang: Lang, query?: string): InlineQueryResultArticle | undefined {
  if (answer.kind !== "answer") return undefined;
  const entry = answeredEntry(knowledge, answer);
  const question = entry ? questionOf(entry, lang) : query?.trim();
  if (!question) return undefined;
  const short = shortAnswerOf(answer, lang);
  const [first] = answer.citations;
  const { html } = answerMessage(answer, { lang, title: knowledge.title, question, inline: true });
  return {
    type: "article",
    // Same message, same id: stable across queries and restarts, 32 bytes.
    id: createHash("sha256").update(html).digest("hex").slice(0, 32),
    title: clipText(question, TITLE_MAX),
    description: clipText(short ?? (first ? quoteSentence(first.text) : ""), DESCRIPTION_MAX),
    input_message_content: { message_text: html, parse_mode: "HTML" },
  };
}
