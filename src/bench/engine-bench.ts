import { createEngine } from "../engine/index.js";
import { loadKnowledge } from "../knowledge/load.js";
import { words } from "../engine/normalize.js";

/** A tiny deterministic PRNG, so every run asks the same questions. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const FRAMES = ["what about {}", "{} ?", "tell me about {} and {}", "why {} {}", "where did {} {} happen", "who {} the {}", "was there {} in {}", "how many {} {}"];
const NOISE = ["weather", "football", "recipe", "python", "election", "bitcoin", "population", "teacher", "holiday"];

/** Misspells a word the way people do: a dropped, doubled or swapped letter. */
function typo(word: string, rnd: () => number): string {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(rnd() * (word.length - 2));
  const kind = Math.floor(rnd() * 3);
  if (kind === 0) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 1) return word.slice(0, i) + word[i] + word.slice(i);
  return word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1);
}

/** Distinct questions the engine has not seen: knowledge words in new frames, with typos and noise. */
export function makeQuestions(vocabulary: string[], count: number, seed = 42): string[] {
  const rnd = random(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const out = new Set<string>();
  while (out.size < count) {
    const frame = pick(FRAMES);
    const q = frame.replace(/\{\}/g, () => {
      const w = rnd() < 0.15 ? pick(NOISE) : pick(vocabulary);
      return rnd() < 0.4 ? typo(w, rnd) : w;
    });
    out.add(q);
  }
  return [...out];
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const ms = (x: number) => `${x.toFixed(3)} ms`;

function timeEach(engine: { answer(q: string): unknown }, questions: string[]): number[] {
  const times = questions.map((q) => {
    const start = performance.now();
    engine.answer(q);
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b);
}

const summary = (times: number[]) =>
  `p50 ${ms(percentile(times, 50))} p99 ${ms(percentile(times, 99))} max ${ms(times.at(-1) ?? 0)}`;

/**
 * Load + index time, and latency per question over questions the engine has never seen (so none
 * is answered from its cache): first on a fresh process, while V8 still compiles the engine, then
 * on another set once it has run a while, which is the state of a worker that has been up.
 */
export function runEngineBench(count = 2000): string[] {
  const t0 = performance.now();
  const knowledge = loadKnowledge();
  const t1 = performance.now();
  const engine = createEngine(knowledge);
  const t2 = performance.now();
  const vocabulary = [...new Set(knowledge.sentences.flatMap((s) => words(s.text)).filter((w) => w.length > 3))];
  const first = makeQuestions(vocabulary, count, 42);
  const seen = new Set(first);
  const later = makeQuestions(vocabulary, count * 2, 7).filter((q) => !seen.has(q)).slice(0, count);
  const cold = timeEach(engine, first);
  const warm = timeEach(engine, later);
  const repeats = timeEach(engine, later.slice(0, 500));
  return [
    `engine load ${ms(t1 - t0)} (read + split), index ${ms(t2 - t1)}, total ${ms(t2 - t0)}`,
    `engine ${first.length} distinct unseen questions, fresh process (JIT still warming): ${summary(cold)}`,
    `engine ${later.length} other distinct unseen questions, warmed up (none cached): ${summary(warm)}`,
    `engine 500 of them asked again (answer cache): ${summary(repeats)}`,
  ];
}
