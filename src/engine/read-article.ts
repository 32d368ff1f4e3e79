import { classify, createVocabulary, type Vocabulary } from "./analyzer.js";
import { capitalizedMidSentence, readEvidence, type Evidence } from "./evidence.js";
import type { Knowledge } from "./types.js";

export interface ArticleReading {
  vocabulary: Vocabulary;
  /** A word's concept, or undefined for a stopword or question word. */
  conceptOfWord(word: string): string | undefined;
  /** Concepts the article writes capitalized inside sentences: people, places, bodies. */
  isName(concept: string): boolean;
  /** Each sentence read, "He …" resolved to whom the sentence before was about. */
  evidence: ReadonlyMap<string, Evidence>;
  /** Reads another text (a short answer) the same way. */
  read(text: string): Evidence;
}

/** Reads the article once: its vocabulary, its names, and what each sentence states. */
export function readArticle(knowledge: Pick<Knowledge, "sentences" | "synonyms" | "lexicon">): ArticleReading {
  const vocabulary = createVocabulary(knowledge.synonyms, knowledge.lexicon);
  const conceptOfWord = (word: string) => {
    const c = classify(word, vocabulary.conceptOf);
    return c.kind === "concept" ? c.key : undefined;
  };
  const names = new Set(knowledge.sentences.flatMap((s) => capitalizedMidSentence(s.text)));
  const nameConcepts = new Set([...names].flatMap((w) => conceptOfWord(w) ?? []));
  const evidence = new Map<string, Evidence>();
  let subject: string | undefined;
  for (const s of knowledge.sentences) {
    const read = readEvidence(s.text, { conceptOf: conceptOfWord, names }, subject);
    subject = read.subject ?? subject;
    evidence.set(s.id, read);
  }
  const read = (text: string) => readEvidence(text, { conceptOf: conceptOfWord, names });
  return { vocabulary, conceptOfWord, isName: (concept) => nameConcepts.has(concept), evidence, read };
}
