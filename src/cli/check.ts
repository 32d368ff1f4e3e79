import type { Knowledge } from "../engine/types.js";

/**
 * `npm run knowledge:check` (and `npm run build`): the command line has already refused knowledge
 * that fails the check, listing every problem (exit 1); what gets here is sound, and says so.
 */
export function reportKnowledgeSound(knowledge: Knowledge): number {
  const phrasings = knowledge.qa.reduce((n, e) => n + e.questions.length, 0);
  console.log(
    `knowledge ok: ${knowledge.sentences.length} sentences in ${knowledge.paragraphs.length} paragraphs, ${knowledge.qa.length} entries, ${phrasings} phrasings, every sentence cited`,
  );
  return 0;
}
