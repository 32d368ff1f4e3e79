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
  const ranks = new Float64Array(candidates.length);
  const shared = new Float64Array(phrasings.length);
  const touched = new Int32Array(candidates.length);
  const touchedPhrasings = new Int32Array(phrasings.length);
  const isTouched = new Uint8Array(candidates.length);
  const orderOf = new Int32Array(candidates.length);
  const phrasingOwner = Int32Array.from(phrasings, (p) => p.owner);

  /**
   * The candidates sharing a word with the question, best first (ties in the order first met). Only
   * the first `keep` of them, and the first `keepEntries` curated entries with a matched word (for
   * "did you mean"), become Match objects: a common word touches hundreds of candidates, and
   * building and sorting them all was a third of the ranker's time and much of its garbage.
   */
  return function rank(question: Terms, keep = config.candidatesChecked, keepEntries = config.maxSuggestions): Match[] {
    let touchedCount = 0;
    let touchedPhrasingCount = 0;
    const share = (j: number, w: number) => {
      if (shared[j] === 0) touchedPhrasings[touchedPhrasingCount++] = j;
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
        if (!isTouched[i]) {
          isTouched[i] = 1;
          orderOf[i] = touchedCount;
          touched[touchedCount++] = i;
        }
      }
      for (const i of p.inPrimary) primary[i] = (primary[i] as number) + w;
      for (const j of p.inPhrasing) share(j, w);
    }
    // Closeness to one phrasing counts question words too: "where … gather" is nearer
    // "where was the chain formed" than "when did the women gather".
    const kinds = new Set(question.question);
    const askedWeight = kinds.size * config.questionWordTermWeight;
    // Only phrasings of candidates sharing a word are ranked: the others' closeness would go unread.
    for (const q of kinds) for (const j of asking.get(q) ?? []) if (isTouched[phrasingOwner[j] as number]) share(j, config.questionWordTermWeight);
    for (let k = 0; k < touchedPhrasingCount; k++) {
      const j = touchedPhrasings[k] as number;
      const p = phrasings[j] as (typeof phrasings)[number];
      const s = shared[j] as number;
      const union = total + askedWeight + p.weight - s;
      if (union > 0) closeness[p.owner] = Math.max(closeness[p.owner] as number, s / union);
    }

    const asked = question.question;
    for (let k = 0; k < touchedCount; k++) {
      const i = touched[k] as number;
      const candidate = candidates[i] as Candidate;
      const coverage = total > 0 ? (matched[i] as number) / total : 0;
      const primaryCoverage = total > 0 ? (primary[i] as number) / total : 0;
      let agreeing = 0;
      for (const q of asked) if (candidate.asks.has(q)) agreeing++;
      const agreement = asked.length ? agreeing / asked.length : 0;
      let rank =
        coverage +
        config.phrasingWeight * (closeness[i] as number) +
        config.questionWordWeight * agreement +
        config.primaryWeight * primaryCoverage;
      if (!candidate.entry) rank *= config.passagePenalty;
      ranks[i] = rank;
    }
    // Best first, ties in the order first met (as a stable sort of all of them would have it).
    const before = (a: number, b: number) => (ranks[a] as number) > (ranks[b] as number) || (ranks[a] === ranks[b] && (orderOf[a] as number) < (orderOf[b] as number));
    const best = topOf(touched, touchedCount, keep, () => true, before);
    const entries = topOf(touched, touchedCount, keepEntries, (i) => candidates[i]?.entry !== undefined && (matched[i] as number) > 0, before);
    const kept = [...new Set([...best, ...entries])].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    const matches: Match[] = kept.map((i) => ({
      candidate: candidates[i] as Candidate,
      coverage: total > 0 ? (matched[i] as number) / total : 0,
      closeness: closeness[i] as number,
      matched: matched[i] as number,
      rank: ranks[i] as number,
    }));
    // Reset what this question touched; a phrasing shares a question word ("what") with entries
    // that share no other word, so their closeness is reset through the phrasing, not `touched`.
    for (let k = 0; k < touchedCount; k++) {
      const i = touched[k] as number;
      matched[i] = primary[i] = 0;
      isTouched[i] = 0;
    }
    for (let k = 0; k < touchedPhrasingCount; k++) {
      const j = touchedPhrasings[k] as number;
      shared[j] = 0;
      closeness[(phrasings[j] as (typeof phrasings)[number]).owner] = 0;
    }
    return matches;
  };
}

/** The first `count` of `items[0..length)` that pass `wanted`, in the order `before` gives, by insertion into a short list. */
function topOf(items: Int32Array, length: number, count: number, wanted: (i: number) => boolean, before: (a: number, b: number) => boolean): number[] {
  const top: number[] = [];
  if (count <= 0) return top;
  for (let k = 0; k < length; k++) {
    const i = items[k] as number;
    if (!wanted(i)) continue;
    if (top.length === count && !before(i, top[count - 1] as number)) continue;
    let at = top.length === count ? count - 1 : top.length;
    while (at > 0 && before(i, top[at - 1] as number)) at--;
    top.splice(at, 0, i);
    if (top.length > count) top.pop();
  }
  return top;
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
