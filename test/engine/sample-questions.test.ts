import { describe, expect, it } from "vitest";
import { createEngine } from "../../src/engine/index.js";
import { sampleQuestions, warmUp } from "../../src/engine/sample-questions.js";
import { loadKnowledge } from "../../src/knowledge/load.js";

const knowledge = loadKnowledge();

describe("made-up questions for benchmarks and warm-up", () => {
  it("are distinct, the same for the same seed, and never one of the curated phrasings", () => {
    const questions = sampleQuestions(knowledge, 300, 1);
    expect(new Set(questions).size).toBe(300);
    expect(sampleQuestions(knowledge, 300, 1)).toEqual(questions);
    const curated = new Set(knowledge.qa.flatMap((e) => e.questions.map((q) => q.toLowerCase())));
    expect(questions.filter((q) => curated.has(q.toLowerCase()))).toEqual([]);
  });

  it("warming up leaves the engine answering exactly as before", () => {
    const cold = createEngine(knowledge, { answerCacheSize: 0 });
    const warm = createEngine(knowledge, { answerCacheSize: 0 });
    warmUp(warm);
    for (const q of ["where is volkov based", "how old is navalny", "hi"]) expect(warm.answer(q)).toEqual(cold.answer(q));
  });
});
