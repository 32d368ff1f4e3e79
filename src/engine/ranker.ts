import type { Terms } from "./analyzer.js";
import type { EngineConfig } from "./config.js";
import type { Candidate, Match } from "./matcher.js";

/** Where a concept occurs: candidate numbers, and phrasing numbers across all candidates. */
interface Postings {
  inBag: number[];
  inPrimary: number[];
  inPhrasing: number[];
}

/**
 * Ranks the candidates for a question, best first. Works from postings (concept → where it
 * occurs), so the cost follows the question's few words, not the hundreds of phrasings; only
 * candidates that share a word with the question are ranked, since no other could answer.
 */
export function createRanker(candidates: Candidate[], weightOf: (t: string) => number, config: EngineConfig) {
  const postings = new Map<string, Postings>();
  const at = (t: string) => {
    let p = postings.get(t);
    if (!p) postings.set(t, (p = { inBag: [], inPrimary: [], inPhrasing: [] }));
    return p;
  };
  const phrasings: Array<{ owner: number; weight: number; question: Set<string> }> = [];
  candidates.forEach((c, i) => {
    for (const t of c.bag) at(t).inBag.push(i);
    for (const t of c.primary) at(t).inPrimary.push(i);
    for (const p of c.phrasings) {
      for (const t of p.content) at(t).inPhrasing.push(phrasings.length);
      phrasings.push({ owner: i, weight: p.weight, question: p.question });
    }
  });
  // Phrasings that ask a kind of question, for phrasings sharing only a question word.
  const asking = new Map<string, number[]>();
  phrasings.forEach((p, j) =>
    p.question.forEach((q) => {
      const list = asking.get(q);
      if (list) list.push(j);
      else asking.set(q, [j]);
    }),
  );

  // Scratch buffers, reused by every call (answering is synchronous) and reset where touched.
  const matched = new Float64Array(candidates.length);
  const primary = new Float64Array(candidates.length);
  const closeness = new Float64Array(candidates.length);
  const shared = new Float64Array(phrasings.length);

  return function rank(question: Terms): Match[] {
    const touched = new Set<number>();
    const touchedPhrasings: number[] = [];
    const share = (j: number, w: number) => {
      if (shared[j] === 0) touchedPhrasings.push(j);
      shared[j] = (shared[j] as number) + w;
    };
    let total = 0;
    const weightOfTerm = unknownWeighing(question, weightOf, config);
    for (const t of question.content) {
      const w = weightOfTerm(t);
      total += w;
      const p = postings.get(t);
      if (!p) continue;
      for (const i of p.inBag) {
        matched[i] = (matched[i] as number) + w;
        touched.add(i);
      }
      for (const i of p.inPrimary) primary[i] = (primary[i] as number) + w;
      for (const j of p.inPhrasing) share(j, w);
    }
    // Closeness to one phrasing counts question words too: "where … gather" is nearer
    // "where was the chain formed" than "when did the women gather".
    const kinds = new Set(question.question);
    const askedWeight = kinds.size * config.questionWordTermWeight;
    for (const q of kinds) for (const j of asking.get(q) ?? []) share(j, config.questionWordTermWeight);
    for (const j of touchedPhrasings) {
      const p = phrasings[j] as (typeof phrasings)[number];
      const s = shared[j] as number;
      const union = total + askedWeight + p.weight - s;
      if (union > 0) closeness[p.owner] = Math.max(closeness[p.owner] as number, s / union);
    }

    const matches: Match[] = [];
    for (const i of touched) {
      const candidate = candidates[i] as Candidate;
      const coverage = total > 0 ? (matched[i] as number) / total : 0;
      const primaryCoverage = total > 0 ? (primary[i] as number) / total : 0;
      const agreement = question.question.length ? question.question.filter((q) => candidate.asks.has(q)).length / question.question.length : 0;
      let rank =
        coverage +
        config.phrasingWeight * (closeness[i] as number) +
        config.questionWordWeight * agreement +
        config.primaryWeight * primaryCoverage;
      if (!candidate.entry) rank *= config.passagePenalty;
      matches.push({ candidate, coverage, closeness: closeness[i] as number, matched: matched[i] as number, rank });
    }
    // Reset what this question touched; a phrasing shares a question word ("what") with entries
    // that share no other word, so their closeness is reset through the phrasing, not `touched`.
    for (const i of touched) matched[i] = primary[i] = 0;
    for (const j of touchedPhrasings) {
      shared[j] = 0;
      closeness[(phrasings[j] as (typeof phrasings)[number]).owner] = 0;
    }
    return matches.sort((a, b) => b.rank - a.rank);
  };
}

/**
 * A word the knowledge lacks ("!table") weighs as much as the question's weightiest known word,
 * and at least `unknownWordFloor`: beside "sanctions" an unknown word weighs like "sanctions", so a
 * paraphrase ("are fresh sanctions on the table") still matches, while beside only "Navalny" an
 * unknown "old" outweighs it and the bot says the article doesn't say.
 */
export function unknownWeighing(question: Terms, weightOf: (t: string) => number, config: EngineConfig) {
  let heaviest = config.unknownWordFloor;
  for (const t of question.content) if (!t.startsWith("!")) heaviest = Math.max(heaviest, weightOf(t));
  return (t: string) => (t.startsWith("!") ? heaviest : weightOf(t));
}
