import type { Terms } from "./analyzer.js";
import type { EngineConfig } from "./config.js";
import type { Evidence } from "./evidence.js";
import type { Reading } from "./question-form.js";
import type { GapEntry, QaEntry, Sentence } from "./types.js";
import type { Checkable } from "./verify.js";
import { CLOSED_CLASSES } from "./word-classes.js";

/** Something a question can match: a curated entry, a known gap, or one sentence of the article. */
export interface Candidate extends Checkable {
  entry: QaEntry | undefined;
  gapEntry: GapEntry | undefined;
  sentence: Sentence | undefined;
  /** Every concept the candidate can speak to: its phrasings, its answer, its cited sentences. */
  bag: Set<string>;
  phrasings: Array<{ content: Set<string>; question: Set<string>; weight: number }>;
  /** Question kinds its phrasings ask (who, when, ...). */
  asks: Set<string>;
  /** Concepts of what it shows first: its short answer and first cited sentence. Breaks ties. */
  primary: Set<string>;
}

export interface Match {
  candidate: Candidate;
  coverage: number;
  closeness: number;
  /** Summed weight of the question's words the candidate has. */
  matched: number;
  rank: number;
}

/**
 * Weights words by how few candidates use them (idf). A word no candidate has weighs
 * `unknownWordFloor` here; the ranker raises that to the question's weightiest known word.
 * Words only our phrasings use (not the article) are paraphrase aids: they weigh less, so that
 * an asker's "join" or "list" neither makes nor breaks a match the way "Lithuania" does.
 */
export function weigh(candidates: Candidate[], articleConcepts: Set<string>, config: EngineConfig) {
  const df = new Map<string, number>();
  for (const c of candidates) for (const t of c.bag) df.set(t, (df.get(t) ?? 0) + 1);
  const n = candidates.length;
  const unknown = config.unknownWordFloor;
  const weights = new Map<string, number>();
  for (const [t, count] of df) {
    weights.set(t, Math.log(1 + n / count) * (articleConcepts.has(t) ? 1 : config.phrasingOnlyWeight));
  }
  for (const c of candidates) {
    for (const p of c.phrasings) {
      p.weight = [...p.content].reduce((s, t) => s + (weights.get(t) ?? unknown), 0) + p.question.size * config.questionWordTermWeight;
    }
  }
  return (term: string) => weights.get(term) ?? unknown;
}

export interface CandidateSource {
  entry?: QaEntry;
  gapEntry?: GapEntry;
  sentence?: Sentence;
  /** Ways it is asked (a sentence is its own phrasing). */
  phrasings: string[];
  /** What it shows, first things first: the short answer (entries), then the cited sentences. */
  shown: string[];
  /** The cited sentences, read (none for a known gap: it answers nothing). */
  evidence: Evidence[];
  /** The short answer, read (entries only). */
  answer?: Evidence;
}

export function buildCandidate(source: CandidateSource, read: { terms: (text: string) => Terms; reading: (text: string) => Reading }): Candidate {
  const bag = new Set<string>();
  const asks = new Set<string>();
  const phrasings = source.phrasings.map((text) => {
    const terms = read.terms(text);
    terms.content.forEach((t) => bag.add(t));
    terms.question.forEach((q) => asks.add(q));
    return { content: new Set(terms.content), question: new Set(terms.question), weight: 0 };
  });
  const primary = new Set<string>();
  const phrased = new Set(bag);
  const curated = new Set(bag);
  const shows = new Set(source.shown[0] === undefined ? [] : read.terms(source.shown[0]).content);
  source.shown.forEach((text, i) =>
    read.terms(text).content.forEach((t) => {
      bag.add(t);
      if (i < 2) primary.add(t);
      if (i === 0 && source.entry) curated.add(t);
    }),
  );
  // A known gap shows nothing; what it is about is what its phrasings ask.
  if (source.gapEntry) bag.forEach((t) => primary.add(t));
  const accounts = new Set(bag);
  for (const e of source.evidence) e.concepts.forEach((c) => accounts.add(c));
  // Curated phrasings vouch for the form they ask in; a bare sentence vouches for nothing. Read when
  // first needed: only candidates ranked near a question are ever checked.
  let readings: Reading[] | undefined;
  // Every candidate gets the same fields in the same order: one object shape keeps ranking monomorphic.
  return {
    entry: source.entry,
    gapEntry: source.gapEntry,
    sentence: source.sentence,
    bag,
    phrasings,
    asks,
    primary,
    accounts,
    curated,
    phrased,
    classes: new Set([...source.evidence, ...(source.answer ? [source.answer] : [])].flatMap((e) => e.tokens.flatMap((t) => CLOSED_CLASSES.get(t.word) ?? []))),
    shows,
    answer: source.answer,
    evidence: source.evidence,
    get readings() {
      return (readings ??= source.sentence ? [] : source.phrasings.map(read.reading));
    },
    gap: source.gapEntry !== undefined,
  };
}
