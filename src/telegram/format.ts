// How an engine Answer reads in Telegram. The one place that decides it, so a private chat,
// a group reply and an inline result all look the same, in the reader's language.
import { quoteSentence } from "../engine/quote.js";
import type { Answer, Citation } from "../engine/types.js";
import { citationMark } from "../presentation/citation.js";
import { shortAnswerOf } from "./entry-wording.js";
import { clipText, escapeHtml, MESSAGE_LIMIT, paginateHtml } from "./html.js";
import { type Lang, MESSAGES, type Messages } from "./messages/index.js";

// Engine and knowledge wording is short, but it is clipped anyway so that a message can never overflow.
const TEXT_MAX = 600;

export interface AnswerView {
  lang: Lang;
  /** The article's title, for the words that name it. */
  title: string;
  /** The question the answer answers, shown above it so that the message stands on its own. */
  question?: string;
  /**
   * Sent inline into another chat: no buttons under it (so nothing is offered), and a last line
   * saying which article it quotes. Otherwise alternatives and suggestions are buttons.
   */
  inline?: boolean;
}

export function formatAnswerHtml(answer: Answer, view: AnswerView): string {
  const m = MESSAGES[view.lang];
  const question = view.question === undefined ? [] : [`❓ <i>${text(view.question)}</i>`];
  const footer = view.inline ? [m.inlineFooter(view.title)] : [];
  switch (answer.kind) {
    case "answer": {
      const short = shortAnswerOf(answer, view.lang);
      const headline = short === undefined ? [] : [`<b>${text(short)}</b>`];
      const offers = !view.inline && answer.alternatives.length > 0 ? [`<i>${m.didYouMean}</i>`] : [];
      return fitOneMessage([...question, ...headline, ...quotes(answer.citations, view.lang, short)], [...offers, ...footer], m);
    }
    case "chitchat":
      return m.chitchat[answer.intent](view.title);
    case "none": {
      // A known gap says exactly what the article leaves open; otherwise the catalogue words the reason.
      const gap = answer.gapId === undefined ? undefined : view.lang === "ru" ? answer.messageRu : answer.message;
      const related = answer.related.length > 0 ? [`<i>${m.whatItDoesSay}</i>\n${answer.related.map(formatCitation).join("\n")}`] : [];
      const offers = answer.suggestions.length > 0 ? m.suggestionsBelow : m.readTheArticle;
      return fitOneMessage([...question, text(gap ?? m.noAnswer[answer.reason]), ...related], [offers, ...footer], m);
    }
  }
}

/**
 * The cited sentences, verbatim. A reader of another language than the article's (English) is told
 * they are quotes from the original; anyone is told where they come from when no short answer heads them.
 */
function quotes(citations: readonly Citation[], lang: Lang, short: string | undefined): string[] {
  const [first, ...rest] = citations.map(formatCitation);
  if (first === undefined) return [];
  const intro = short === undefined || lang !== "en" ? `<i>${MESSAGES[lang].fromTheArticle}</i>\n` : "";
  return [intro + first, ...rest];
}

function formatCitation(citation: Citation): string {
  return `${escapeHtml(quoteSentence(citation.text))} ${citationMark(citation.id)}`;
}

const text = (plain: string) => escapeHtml(clipText(plain, TEXT_MAX));

// Answers are short; if one ever is not, whole quotes are dropped from the end, not cut. The
// closing blocks (offers, which article) are always kept.
function fitOneMessage(blocks: readonly string[], closing: readonly string[], m: Messages): string {
  const end = closing.map((block) => `\n\n${block}`).join("");
  const more = `\n\n<i>${m.moreOfTheArticle}</i>`;
  const [first = "", ...rest] = paginateHtml(blocks, MESSAGE_LIMIT - end.length - more.length);
  return (rest.length === 0 ? first : first + more) + end;
}
