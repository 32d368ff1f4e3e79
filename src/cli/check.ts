import { checkKnowledge } from "../knowledge/check.js";
import type { Knowledge } from "../engine/types.js";

/** `npm run knowledge:check`: lists every problem in knowledge/, exits 1 if there is any. */
export function runKnowledgeCheck(knowledge: Knowledge): number {
  const problems = checkKnowledge(knowledge);
  for (const problem of problems) console.error(`knowledge: ${problem}`);
  if (problems.length) return 1;
  const phrasings = knowledge.qa.reduce((n, e) => n + e.questions.length, 0);
  console.log(
    `knowledge ok: ${knowledge.sentences.length} sentences in ${knowledge.paragraphs.length} paragraphs, ${knowledge.qa.length} entries, ${phrasings} phrasings, every sentence cited`,
  );
  return 0;
}
