import type { EngineConfig } from "./config.js";
import { stem, words } from "./normalize.js";
import { capitalizedMidSentence } from "./evidence.js";
import { createSpeller, editDistance } from "./spelling.js";
import { QUESTION_WORDS, STOPWORDS } from "./stopwords.js";
import type { Knowledge } from "./types.js";

// The words a 2-3 letter typo is taken for ("wat", "mny", "hw"); any other short word stays as typed,
// so "old" never becomes "told" and "How old is Navalny?" is not read as "Navalny?".
const SHORT_TYPO_TARGETS = ["what", "when", "where", "were", "who", "why", "how", "many", "much", "long", "the", "they", "did", "does", "was", "and", "with", "about", "from", "this", "that", "there"];

/**
 * The typo corrector for this knowledge: a typed word is corrected towards the words the article,
 * the curated entries and the synonyms use (and their stems: "considerd" is nearer "consider" than
 * "considering"). Stopwords are targets for short typos only.
 */
export function createKnowledgeSpeller(knowledge: Knowledge, config: EngineConfig) {
  const vocabulary = new Set<string>(knowledge.synonyms.flat().flatMap(words));
  const texts = [
    ...knowledge.qa.flatMap((e) => [...e.questions, e.answer, e.answerRu ?? ""]),
    ...knowledge.gaps.flatMap((g) => g.questions),
    ...knowledge.sentences.map((s) => s.text),
  ];
  for (const text of texts) for (const w of words(text)) vocabulary.add(w);
  for (const word of [...vocabulary]) if (!STOPWORDS.has(word) && !QUESTION_WORDS.has(word)) vocabulary.add(stem(word));
  const correct = createSpeller(vocabulary, config, { all: [...STOPWORDS, ...QUESTION_WORDS.keys()], shortTypoTargets: SHORT_TYPO_TARGETS });
  const real = new Set(knowledge.realWords);
  // An unknown word is taken for one of the article's names ("Irkutsk", and "Leningrad" of its group)
  // only when it is nearly it ("Novosibrisk"), not when it is another name ("Kaliningrad").
  const names = new Set(knowledge.sentences.flatMap((s) => capitalizedMidSentence(s.text)));
  for (const group of knowledge.synonyms) if (group.some((w) => names.has(w))) for (const w of group.flatMap(words)) names.add(w);
  return (word: string) => {
    if (real.has(word)) return undefined;
    const corrected = correct(word);
    if (corrected === undefined || !names.has(corrected)) return corrected;
    return editDistance(word, corrected, 2) <= (word.length >= 9 ? 2 : 1) ? corrected : undefined;
  };
}
