import { words } from "./normalize.js";
import type { Engine, Knowledge } from "./types.js";

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

/**
 * Distinct made-up questions: the article's words in frames no entry uses, some misspelt, some
 * off-topic. For benchmarks, and to warm up a worker's engine: never the curated phrasings.
 */
export function sampleQuestions(knowledge: Knowledge, count: number, seed: number): string[] {
  const vocabulary = [...new Set(knowledge.sentences.flatMap((s) => words(s.text)).filter((w) => w.length > 3))];
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

/**
 * Runs the engine over made-up questions once, so V8 has compiled its paths before the first
 * person asks (a fresh engine's first answers cost ten times a warm one's). Fills no answer a
 * person will ask: the made-up questions only take a few places in the answer cache.
 */
export function warmUp(engine: Engine, count = 300): void {
  for (const question of sampleQuestions(engine.knowledge, count, 1)) engine.answer(question);
}
