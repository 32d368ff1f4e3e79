// How a curated entry is named to a reader, in their language: its question (above an answer that
// must stand alone), its short label (on a button, where a phone shows about 32 characters) and its
// short answer.
import { toAlternative } from "../engine/alternative.js";
import type { Alternative, Answer, Knowledge } from "../engine/types.js";
import { clipText } from "./html.js";
import type { Lang } from "./messages/index.js";

export const LABEL_MAX = 32;

export function labelOf(alternative: Alternative, lang: Lang): string {
  return clipText(lang === "ru" ? (alternative.labelRu ?? alternative.label) : alternative.label, LABEL_MAX);
}

/** The English question, or for a Russian reader the Russian label when the knowledge has one. */
export function questionOf(alternative: Alternative, lang: Lang): string {
  return lang === "ru" && alternative.labelRu ? alternative.labelRu : alternative.question;
}

/** The curated short answer in the reader's language, or the English one while no Russian one is curated. */
export function shortAnswerOf(answer: Extract<Answer, { kind: "answer" }>, lang: Lang): string | undefined {
  return lang === "ru" ? (answer.shortAnswerRu ?? answer.shortAnswer) : answer.shortAnswer;
}

/** The entry an answer came from, as offered to readers; none for a passage, small talk or no answer. */
export function answeredEntry(knowledge: Knowledge, answer: Answer): Alternative | undefined {
  const entry = answer.kind === "answer" ? knowledge.qa.find((e) => e.id === answer.entryId) : undefined;
  return entry && toAlternative(entry);
}
