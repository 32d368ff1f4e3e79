// Every number that decides how the engine matches, in one place. Tuned on our own
// question set (test/fixtures/questions.jsonl), not on any evaluation set.
export const ENGINE_DEFAULTS = Object.freeze({
  /** Longer questions are refused with a clear message rather than cut. */
  maxQuestionLength: 500,
  /** How many of the best-ranked candidates are checked against the question, in rank order. */
  candidatesChecked: 12,
  /** A word the knowledge lacks weighs as much as the question's weightiest word, and at least this. */
  unknownWordFloor: 3.5,
  /** Ranking: coverage, plus closeness to one phrasing, plus agreeing on who/when/where. */
  phrasingWeight: 0.5,
  questionWordWeight: 0.15,
  primaryWeight: 0.2,
  /** Words only our phrasings use, not the article, weigh this share of their idf. */
  phrasingOnlyWeight: 0.6,
  /** Weight of a question word (who, when, where, ...) when ranking. */
  questionWordTermWeight: 1,
  /** Passages rank a little below curated entries that match as well. */
  passagePenalty: 0.9,
  /** Entries ranked within this share of the best are offered as "did you mean". */
  alternativeWithin: 0.88,
  maxAlternatives: 3,
  maxSuggestions: 3,
  /** Typo correction: words shorter than this are never corrected ("old" must not become "hold"). */
  minCorrectableLength: 4,
  /** fuse.js score above which a correction is rejected (0 is exact, 1 is anything). */
  correctionThreshold: 0.34,
  /** Answers to recent questions are kept (least recently used go first); 0 turns this off. */
  answerCacheSize: 2000,
  /** Corrections are cached per word; bounded so a long-running bot never grows. */
  correctionCacheSize: 5000,
});

export type EngineConfig = { readonly [K in keyof typeof ENGINE_DEFAULTS]: number };
