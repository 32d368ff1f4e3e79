import { analyze, type Terms } from "./analyzer.js";
import type { EngineConfig } from "./config.js";
import type { QaEntry, Sentence } from "./types.js";

/** Something a question can match: a curated entry, or one sentence of the article. */
export interface Candidate {
  entry?: QaEntry;
  sentence?: Sentence;
  /** Every concept the candidate can speak to: its phrasings, its answer, its cited sentences. */
  bag: Set<string>;
  phrasings: Array<{ content: Set<string>; weight: number }>;
  /** Question kinds its phrasings ask (who, when, ...). */
  asks: Set<string>;
}

export interface Match {
  candidate: Candidate;
  coverage: number;
  closeness: number;
  /** Summed weight of the question's words the candidate has. */
  matched: number;
  rank: number;
}

/** Weights words by how few candidates use them (idf); a word no candidate has weighs the most. */
export function weigh(candidates: Candidate[]) {
  const df = new Map<string, number>();
  for (const c of candidates) for (const t of c.bag) df.set(t, (df.get(t) ?? 0) + 1);
  const n = candidates.length;
  const unknown = Math.log(1 + n / 0.7);
  const weights = new Map<string, number>();
  for (const [t, count] of df) weights.set(t, Math.log(1 + n / count));
  for (const c of candidates) {
    for (const p of c.phrasings) p.weight = [...p.content].reduce((s, t) => s + (weights.get(t) ?? unknown), 0);
  }
  return (term: string) => weights.get(term) ?? unknown;
}

export function buildCandidate(
  texts: { phrasings: string[]; evidence: string[] },
  conceptOf: (word: string) => string,
  source: { entry?: QaEntry; sentence?: Sentence },
): Candidate {
  const bag = new Set<string>();
  const asks = new Set<string>();
  const phrasings = texts.phrasings.map((text) => {
    const terms = analyze(text, conceptOf);
    terms.content.forEach((t) => bag.add(t));
    terms.question.forEach((q) => asks.add(q));
    return { content: new Set(terms.content), weight: 0 };
  });
  for (const text of texts.evidence) analyze(text, conceptOf).content.forEach((t) => bag.add(t));
  return { ...source, bag, phrasings, asks };
}

/** Scores one candidate: how much of the question it covers, and how close its best phrasing is. */
export function score(candidate: Candidate, question: Terms, weightOf: (t: string) => number, config: EngineConfig): Match {
  let total = 0;
  let matched = 0;
  for (const t of question.content) {
    const w = weightOf(t);
    total += w;
    if (candidate.bag.has(t)) matched += w;
  }
  let closeness = 0;
  for (const p of candidate.phrasings) {
    let shared = 0;
    for (const t of question.content) if (p.content.has(t)) shared += weightOf(t);
    const union = total + p.weight - shared;
    if (union > 0) closeness = Math.max(closeness, shared / union);
  }
  const asked = question.question.filter((q) => candidate.asks.has(q)).length;
  const agreement = question.question.length ? asked / question.question.length : 0;
  const coverage = total > 0 ? matched / total : 0;
  let rank = coverage + config.phrasingWeight * closeness + config.questionWordWeight * agreement;
  if (!candidate.entry) rank *= config.passagePenalty;
  return { candidate, coverage, closeness, matched, rank };
}
