import { createEngine } from "../engine/index.js";
import { sampleQuestions } from "../engine/sample-questions.js";
import { loadKnowledge } from "../knowledge/load.js";

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
  const first = sampleQuestions(knowledge, count, 42);
  const seen = new Set(first);
  const later = sampleQuestions(knowledge, count * 2, 7).filter((q) => !seen.has(q)).slice(0, count);
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
