import { quoteSentence } from "../engine/quote.js";
import type { Answer, Knowledge } from "../engine/types.js";
import { citationMark } from "../presentation/citation.js";
import { articleContext, markCited } from "../presentation/context.js";

/** Russian for a question in Cyrillic, as in Telegram: the short answer and what the article doesn't say. */
export const questionLanguage = (question: string): "en" | "ru" => (/[\u0400-\u04ff]/.test(question) ? "ru" : "en");

/** The reply a person reads, as plain text: the short answer, then each cited sentence quoted and cited as in Telegram. */
export function formatAnswerText(answer: Answer, lang: "en" | "ru" = "en"): string {
  switch (answer.kind) {
    case "chitchat":
      return answer.reply;
    case "none": {
      const said = answer.related.map((c) => `  ${quoteSentence(c.text)} ${citationMark(c.id)}`);
      const ideas = answer.suggestions.map((s) => `  • ${s.question}`);
      return [
        (lang === "ru" && answer.messageRu) || answer.message,
        ...(said.length ? ["What the article does say:", ...said] : []),
        ...(answer.reason === "not-in-article" && ideas.length ? ["You could ask:", ...ideas] : []),
      ].join("\n");
    }
    case "answer": {
      const short = (lang === "ru" && answer.shortAnswerRu) || answer.shortAnswer;
      const lines = short ? [short] : [];
      for (const c of answer.citations) lines.push(`  ${quoteSentence(c.text)} ${citationMark(c.id)}`);
      if (answer.alternatives.length) lines.push(`Did you mean: ${answer.alternatives.map((a) => a.question).join(" | ")}`);
      return lines.join("\n");
    }
  }
}

/** The paragraphs around cited sentences, numbered, each cited sentence between asterisks. */
export function formatContextText(knowledge: Knowledge, sentenceIds: readonly string[]): string {
  const context = articleContext(knowledge, sentenceIds);
  if (context === undefined) return "";
  const paragraphs = context.paragraphs.map((p) => `${p.afterGap ? "…\n" : ""}¶${p.number} ${markCited(p, (text) => `*${text}*`)}`);
  return [`The article, ${context.label}:`, ...paragraphs].join("\n");
}

/** One JSON object per answer, the shape ../shared/eval/score.mjs and scripts read. */
export function answerRecord(question: string, answer: Answer) {
  return {
    question,
    kind: answer.kind,
    text: formatAnswerText(answer, questionLanguage(question)),
    citations: answer.kind === "answer" ? answer.citations : [],
    confidence: answer.kind === "answer" ? answer.confidence : 0,
    ...(answer.kind === "answer" ? { source: answer.source, entryId: answer.entryId ?? null, alternatives: answer.alternatives } : {}),
    ...(answer.kind === "none" ? { reason: answer.reason } : {}),
  };
}
