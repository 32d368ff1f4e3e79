import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Knowledge } from "../engine/types.js";
import { DEFAULT_KNOWLEDGE_DIR } from "../knowledge/load.js";
import { formatLexicon, LEXICON_FILE } from "../knowledge/lexicon-file.js";
import { lexiconFor, openWordNet, wordnetDictDir } from "../knowledge/wordnet.js";

/** `npm run lexicon`: regenerates knowledge/wordnet.json from WordNet and the current knowledge. */
export function runLexicon(knowledge: Knowledge): number {
  const lexicon = lexiconFor(knowledge, openWordNet(wordnetDictDir()));
  writeFileSync(join(DEFAULT_KNOWLEDGE_DIR, LEXICON_FILE), formatLexicon(lexicon));
  console.log(`knowledge/${LEXICON_FILE}: ${lexicon.pairs.length} WordNet synonyms of the knowledge's words, ${lexicon.realWords.length} real words kept from typo correction`);
  return 0;
}
