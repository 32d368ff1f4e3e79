import { quoteSentence } from "../engine/quote.js";
import type { Answer } from "../engine/types.js";

/** The reply a person reads, as plain text: the short answer, then each cited sentence quoted with its id. */
export function formatAnswerText(answer: Answer): string {
  switch (answer.kind) {
    case "chitchat":
      return answer.reply;
    case "none": {
      const ideas = answer.suggestions.map((s) => `  • ${s.question}`).join("\n");
      return answer.reason === "not-in-article" && ideas ? `${answer.message}\nYou could ask:\n${ideas}` : answer.message;
    }
    case "answer": {
      const lines = answer.shortAnswer ? [answer.shortAnswer] : [];
      for (const c of answer.citations) lines.push(`  ${quoteSentence(c.text)} [${c.id}]`);
      if (answer.alternatives.length) lines.push(`Did you mean: ${answer.alternatives.map((a) => a.question).join(" | ")}`);
      return lines.join("\n");
    }
  }
}

/** One JSON object per answer, the shape ../shared/eval/score.mjs and scripts read. */
export function answerRecord(question: string, answer: Answer) {
  return {
    question,
    kind: answer.kind,
    text: formatAnswerText(answer),
    citations: answer.kind === "answer" ? answer.citations : [],
    confidence: answer.kind === "answer" ? answer.confidence : 0,
    ...(answer.kind === "answer" ? { source: answer.source, entryId: answer.entryId ?? null, alternatives: answer.alternatives } : {}),
    ...(answer.kind === "none" ? { reason: answer.reason } : {}),
  };
}
