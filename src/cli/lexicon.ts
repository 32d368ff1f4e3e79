import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Knowledge } from "../engine/types.js";
import { formatLexicon, LEXICON_FILE } from "../knowledge/lexicon-file.js";
import { lexiconFor, openWordNet, wordnetDictDir } from "../knowledge/wordnet.js";

/** `npm run lexicon`: regenerates wordnet.json in the knowledge folder from WordNet and the current knowledge. */
export function runLexicon(knowledge: Knowledge, dir: string): number {
  const lexicon = lexiconFor(knowledge, openWordNet(wordnetDictDir()));
  writeFileSync(join(dir, LEXICON_FILE), formatLexicon(lexicon));
  console.log(`${join(dir, LEXICON_FILE)}: ${lexicon.pairs.length} WordNet synonyms of the knowledge's words, ${lexicon.realWords.length} real words kept from typo correction`);
  return 0;
}
