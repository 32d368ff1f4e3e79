import { classify, createVocabulary, SHORTHAND, type Vocabulary } from "./analyzer.js";
import { capitalizedMidSentence, readEvidence, TAG, type Evidence } from "./evidence.js";
import type { Knowledge } from "./types.js";
import { ANSWER_TYPE_NOUNS, PERSON_NOUNS, PLACE_NOUNS } from "./word-classes.js";

export interface ArticleReading {
  vocabulary: Vocabulary;
  /** A word's concept, or undefined for a stopword or question word. */
  conceptOfWord(word: string): string | undefined;
  /** Concepts the article writes capitalized inside sentences: people, places, bodies. */
  isName(concept: string): boolean;
  /** Concepts of people and bodies ("women", "allies", "police"), and of places ("courtyard", "city"). */
  isPerson(concept: string): boolean;
  isPlace(concept: string): boolean;
  answerType(concept: string): "where" | "when" | "name" | "who" | undefined;
  isGeneric(concept: string): boolean;
  /** Each sentence read, "He …" resolved to whom the sentence before was about. */
  evidence: ReadonlyMap<string, Evidence>;
  /** Reads another text (a short answer) the same way. */
  read(text: string): Evidence;
  /** Concepts the article states somewhere only as a possibility ("could be arrested"). */
  supposed: ReadonlySet<string>;
}

/** Reads the article once: its vocabulary, its names, and what each sentence states. */
export function readArticle(knowledge: Pick<Knowledge, "sentences" | "synonyms" | "lexicon">): ArticleReading {
  const vocabulary = createVocabulary(knowledge.synonyms, knowledge.lexicon);
  const conceptOfWord = (word: string) => {
    const c = classify(SHORTHAND.get(word) ?? word, vocabulary.conceptOf);
    return c.kind === "concept" ? c.key : undefined;
  };
  const names = new Set(knowledge.sentences.flatMap((s) => capitalizedMidSentence(s.text)));
  const nameConcepts = new Set([...names].flatMap((w) => conceptOfWord(w) ?? []));
  const evidence = new Map<string, Evidence>();
  let subject: string | undefined;
  for (const s of knowledge.sentences) {
    const read = readEvidence(s.text, { conceptOf: conceptOfWord, names, phraseAt: vocabulary.phraseAt }, subject);
    subject = read.subject ?? subject;
    evidence.set(s.id, read);
  }
  const read = (text: string) => readEvidence(text, { conceptOf: conceptOfWord, names, phraseAt: vocabulary.phraseAt });
  const conceptsOf = (words: Iterable<string>) => new Set([...words].flatMap((w) => conceptOfWord(w) ?? []));
  const people = conceptsOf(PERSON_NOUNS);
  const generic = conceptOfWord("people");
  const places = conceptsOf(PLACE_NOUNS);
  // Places the article names ("in Lithuania", "the city of Irkutsk").
  const namedPlaces = new Set([...evidence.values()].flatMap((e) => e.tokens.flatMap((t) => (t.key !== undefined && t.tags & TAG.place && t.tags & TAG.name ? [t.key] : []))));
  const answerTypes = new Map([...ANSWER_TYPE_NOUNS].flatMap(([word, type]) => (conceptOfWord(word) ? [[conceptOfWord(word) as string, type] as const] : [])));
  return {
    vocabulary,
    conceptOfWord,
    isName: (concept) => nameConcepts.has(concept),
    isPerson: (concept) => people.has(concept),
    isPlace: (concept) => places.has(concept) || namedPlaces.has(concept),
    answerType: (concept) => answerTypes.get(concept),
    isGeneric: (concept) => concept === generic,
    evidence,
    read,
    supposed: new Set([...evidence.values()].flatMap((e) => e.tokens.flatMap((t) => (t.key !== undefined && t.tags & TAG.hedged ? [t.key] : [])))),
  };
}
