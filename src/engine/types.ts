/** One sentence of the article, addressed as "P.S" (paragraph, then sentence; both from 1). */
export interface Sentence {
  id: string;
  paragraph: number;
  text: string;
}

/** A curated question-and-answer entry, as people write it in knowledge/qa.json. */
export interface QaEntry {
  id: string;
  /** Ways people ask this: full questions and short keyword forms. */
  questions: string[];
  /** One line, written only from the article's words; it names its subject (no bare "he"). */
  answer: string;
  /** The same short answer in Russian (the cited sentences stay in English). */
  answerRu?: string;
  /** A short form of the question (at most 32 characters) for buttons, in English and Russian. */
  label?: string;
  labelRu?: string;
  /** Sentence ids, best evidence first. */
  cites: string[];
}

/** Something people ask that the article leaves open, as people write it in knowledge/gaps.json. */
export interface GapEntry {
  id: string;
  /** Ways people ask it. */
  questions: string[];
  /** What exactly the article leaves open ("The article doesn't name the nerve agent."), English and Russian. */
  reply: string;
  replyRu?: string;
  /** Sentence ids of what the article does say nearby, shown apart from the reply; may be empty. */
  related: string[];
}

/** Where the article was published, as far as its header says; nothing here is guessed. */
export interface ArticleSource {
  publisher?: string;
  /** An http(s) address of the original. */
  url?: string;
  /** As the header writes it ("14 February 2021"). */
  date?: string;
}

export interface Knowledge {
  title: string;
  /** Present only when the article's header names a publisher, an address or a date. */
  source?: ArticleSource;
  /** Paragraphs of the article, verbatim, in order (paragraph n is paragraphs[n - 1]). */
  paragraphs: string[];
  sentences: Sentence[];
  qa: QaEntry[];
  gaps: GapEntry[];
  /** WordNet synonyms of the knowledge's words, [reader's word or phrase, knowledge word] (generated). */
  lexicon: Array<[string, string]>;
  /** Real English words the typo corrector leaves alone: "send" is not a typo of "spend" (generated). */
  realWords: string[];
  /** Groups of words that mean the same here ("jailed", "imprisoned", "тюрьма"). */
  synonyms: string[][];
}

export interface Citation {
  id: string;
  text: string;
}

export interface Alternative {
  /** The entry's id, stable while the knowledge doesn't change. */
  id: string;
  /** The entry's first phrasing. */
  question: string;
  /** A short form for a button (at most 32 characters), English and, when curated, Russian. */
  label: string;
  labelRu?: string;
}

export type Answer =
  | {
      kind: "answer";
      source: "qa" | "passage";
      /** The entry's id when source is "qa". */
      entryId?: string;
      /** The curated one-line answer (source "qa" only), and its Russian version when curated. */
      shortAnswer?: string;
      shortAnswerRu?: string;
      citations: Citation[];
      /** How sure the match is, in [0, 1]. */
      confidence: number;
      /** Other likely entries when the match is ambiguous (at most 3). */
      alternatives: Alternative[];
    }
  | {
      kind: "chitchat";
      /** A friendly reply; never a citation. */
      reply: string;
      /** What the small talk was, so a front end can add its own touches. */
      intent: ChitchatIntent;
    }
  | {
      kind: "none";
      /** Why there is no answer: the article doesn't say, or the input was empty or too long. */
      reason: "not-in-article" | "empty" | "too-long";
      /** A plain sentence for the person: for a known gap, what exactly the article leaves open. */
      message: string;
      /** The same in Russian, when the knowledge has it (known gaps). */
      messageRu?: string;
      /** The known gap's entry id, when the question asked what the article is known not to say. */
      gapId?: string;
      /** What the article does say nearby (never an answer): shown under "What the article does say:". */
      related: Citation[];
      /** Entries the article does cover, as suggestions. */
      suggestions: Alternative[];
    };

export type ChitchatIntent = "greeting" | "thanks" | "acknowledgement" | "identity" | "capabilities" | "help" | "bye";

export interface Engine {
  /** The same question gets the same Answer object back (answers are cached): don't mutate it. */
  answer(question: string): Answer;
  /** Answer a curated entry directly (a "did you mean" button, a deep link). */
  answerEntry(entryId: string): Answer | undefined;
  /** Debugging aid for people editing the knowledge: how a question was read and ranked. */
  explain(question: string): unknown;
  readonly knowledge: Knowledge;
}
