import { toAlternative } from "../engine/alternative.js";
import type { Alternative, Knowledge } from "../engine/types.js";
import { questionOf } from "./entry-wording.js";
import type { Lang } from "./messages/index.js";

/**
 * The questions offered before anyone asks (/start buttons, an empty inline query).
 * qa.json lists its entries most-asked first, so the first ones are the popular ones.
 */
export function popularQuestions(knowledge: Knowledge, count: number): Alternative[] {
  return knowledge.qa.slice(0, count).map(toAlternative);
}

/** One question to show as an example in the bot's own words, in the reader's language when curated. */
export function exampleQuestion(knowledge: Knowledge, lang: Lang): string {
  const [popular] = popularQuestions(knowledge, 1);
  return popular ? questionOf(popular, lang) : "What happened?";
}
