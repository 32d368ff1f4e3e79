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
 * is answered from its cache): first on a fresh process, while V8 still compiles the engine; then
 * on another 2,000 once it has answered 2,000; then on 2,000 more once it has answered 14,000, the
 * state of a worker that has been up a while (V8 is still optimizing and deoptimizing the engine's
 * functions well after the first 2,000, and a question that lands on such a moment waits for it).
 * `npm run bench` runs the built JavaScript, as the worker does: under tsx every nested function
 * also goes through esbuild's name-keeping helper, which costs the engine about a fifth.
 */
export function runEngineBench(count = 2000): string[] {
  const t0 = performance.now();
  const knowledge = loadKnowledge();
  const t1 = performance.now();
  const engine = createEngine(knowledge);
  const t2 = performance.now();
  const pool = sampleQuestions(knowledge, count * 8, 7);
  const first = pool.slice(0, count);
  const later = pool.slice(count, 2 * count);
  const filler = pool.slice(2 * count, 7 * count);
  const longer = pool.slice(7 * count);
  const cold = timeEach(engine, first);
  const warm = timeEach(engine, later);
  const repeats = timeEach(engine, later.slice(-500));
  for (const q of filler) engine.answer(q);
  const longRunning = timeEach(engine, longer);
  return [
    `engine load ${ms(t1 - t0)} (read + split), index ${ms(t2 - t1)}, total ${ms(t2 - t0)}`,
    `engine ${first.length} distinct unseen questions, fresh process (JIT still warming): ${summary(cold)}`,
    `engine ${later.length} other distinct unseen questions, after ${count} (none cached): ${summary(warm)}`,
    `engine the last 500 of them asked again (answer cache): ${summary(repeats)}`,
    `engine ${longer.length} other distinct unseen questions, after ${2 * count + filler.length} (none cached): ${summary(longRunning)}`,
  ];
}
