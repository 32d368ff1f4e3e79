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

/** Load + index time, and per-question latency over fresh questions (each engine answers each question once). */
export function runEngineBench(count = 2000): string[] {
  const t0 = performance.now();
  const knowledge = loadKnowledge();
  const t1 = performance.now();
  const engine = createEngine(knowledge);
  const t2 = performance.now();
  const vocabulary = [...new Set(knowledge.sentences.flatMap((s) => words(s.text)).filter((w) => w.length > 3))];
  const questions = makeQuestions(vocabulary, count);
  const times: number[] = [];
  for (const q of questions) {
    const start = performance.now();
    engine.answer(q);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const cold = createEngine(knowledge); // a second, fresh engine: first-time cost of each question
  const coldTimes = questions.slice(0, 200).map((q) => {
    const start = performance.now();
    cold.answer(q);
    return performance.now() - start;
  });
  coldTimes.sort((a, b) => a - b);
  return [
    `engine load ${ms(t1 - t0)} (read + split), index ${ms(t2 - t1)}, total ${ms(t2 - t0)}`,
    `engine ${questions.length} distinct unseen questions: p50 ${ms(percentile(times, 50))} p99 ${ms(percentile(times, 99))} max ${ms(times.at(-1) ?? 0)}`,
    `engine first 200 on a fresh engine (nothing warmed): p50 ${ms(percentile(coldTimes, 50))} p99 ${ms(percentile(coldTimes, 99))}`,
  ];
}
