import type { Terms } from "./analyzer.js";
import type { EngineConfig } from "./config.js";
import { conceptsNear, namesNear, type Token } from "./proximity.js";
import type { QaEntry, Sentence } from "./types.js";

/** Something a question can match: a curated entry, or one sentence of the article. */
export interface Candidate {
  entry?: QaEntry;
  sentence?: Sentence;
  /** Every concept the candidate can speak to: its phrasings, its answer, its cited sentences. */
  bag: Set<string>;
  phrasings: Array<{ content: Set<string>; question: Set<string>; weight: number }>;
  /** Question kinds its phrasings ask (who, when, ...). */
  asks: Set<string>;
  /** Concepts of what it shows first: its short answer and first cited sentence. Breaks ties. */
  primary: Set<string>;
  /** For "how many" and "how long": the concepts its evidence gives an amount or a duration for. */
  measured: Map<string, Set<string>>;
  /** Concepts of what it shows first → the names standing next to them ("wife" → "yulia"). */
  named: Map<string, Set<string>>;
}

// "How many women" needs a number next to "women"; "how long" a length or duration next to what it
// asks about. Evidence without one doesn't answer, however many words it shares with the question.
// Each with how many words of substance away the measure may stand.
const MEASURES: ReadonlyArray<[string, RegExp, number]> = [
  ["?many", /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|several|few|many|сто|тысяч\p{L}*|сотн\p{L}*|нескольк\p{L}*)$/u, 2],
  ["?long", /^(minutes?|hours?|days?|weeks?|months?|years?|metres?|meters?|km|miles?|long|until|since|минут\p{L}*|час\p{L}*|недел\p{L}*|месяц\p{L}*|метр\p{L}*|до)$/u, 3],
];

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

export function buildCandidate(
  texts: { phrasings: string[]; evidence: string[] }, // evidence: what it shows, first things first
  read: { terms: (text: string) => Terms; tokens: (text: string) => Token[] },
  source: { entry?: QaEntry; sentence?: Sentence },
): Candidate {
  const bag = new Set<string>();
  const asks = new Set<string>();
  const phrasings = texts.phrasings.map((text) => {
    const terms = read.terms(text);
    terms.content.forEach((t) => bag.add(t));
    terms.question.forEach((q) => asks.add(q));
    return { content: new Set(terms.content), question: new Set(terms.question), weight: 0 };
  });
  const primary = new Set<string>();
  texts.evidence.forEach((text, i) =>
    read.terms(text).content.forEach((t) => {
      bag.add(t);
      if (i < 2) primary.add(t);
    }),
  );
  const shown = texts.evidence.slice(0, 2).flatMap(read.tokens);
  const measured = new Map(MEASURES.map(([kind, anchor, window]) => [kind, conceptsNear(shown, (w) => anchor.test(w), window)]));
  // Every candidate gets the same fields in the same order: one object shape keeps ranking monomorphic.
  return { entry: source.entry, sentence: source.sentence, bag, phrasings, asks, primary, measured, named: namesNear(shown, 2) };
}
