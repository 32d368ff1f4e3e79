// Knowledge the bot may run on: loaded, then checked. The worker and the command line refuse to
// start on anything less, and a reload keeps the running knowledge rather than take it.
import type { Knowledge } from "../engine/types.js";
import { checkKnowledge } from "./check.js";
import { loadKnowledge } from "./load.js";

export const KNOWLEDGE_REFUSED = Object.freeze({
  unloadable: (dir: string, reason: string) => `The knowledge in ${dir} cannot be loaded: ${reason}`,
  failsCheck: (dir: string, problems: readonly string[]) =>
    `The knowledge in ${dir} fails its check (npm run knowledge:check lists the same):\n${problems.map((p) => `  knowledge: ${p}`).join("\n")}`,
});

/** Thrown for knowledge that cannot be loaded or fails the check; its message names the file or the entry. */
export class KnowledgeError extends Error {
  override name = "KnowledgeError";
}

export function loadCheckedKnowledge(dir: string): Knowledge {
  let knowledge: Knowledge;
  try {
    knowledge = loadKnowledge(dir);
  } catch (error) {
    throw new KnowledgeError(KNOWLEDGE_REFUSED.unloadable(dir, (error as Error).message), { cause: error });
  }
  const problems = checkKnowledge(knowledge);
  if (problems.length > 0) throw new KnowledgeError(KNOWLEDGE_REFUSED.failsCheck(dir, problems));
  return knowledge;
}
