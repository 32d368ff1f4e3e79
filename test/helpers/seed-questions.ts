// A week of questions as the worker would have logged them, answered by the real engine, with a
// few votes: what the report's tests (and a look at the report by hand) read.
import type { Engine } from "../../src/engine/types.js";
import { DAY_MS, type QuestionLogChange, type Store } from "../../src/store/index.js";
import { answerOutline } from "../../src/telegram/update-log.js";

/** [days ago, question, how many readers asked it, votes given (1 👍, -1 👎)] */
export const SEEDED: ReadonlyArray<[number, string, number, number[]]> = [
  [0, "where is volkov based", 4, [1, 1, -1]],
  [0, "Where is Volkov?", 1, []],
  [0, "who won the football world cup", 2, []],
  [1, "why was navalny jailed", 3, [1]],
  [1, "Who won the football world cup?", 1, []],
  [1, "which nerve agent was it", 2, []],
  [2, "what did the kremlin say about the vigils", 1, [-1]],
  [2, "how many people took part", 2, []],
  [3, "is yulia navalnaya in russia", 1, []],
  [3, "what is the weather today", 1, []],
  [4, "hi", 1, []],
  [5, "where were the vigils held", 2, [1]],
  [6, "when is the next protest", 2, []],
  // Older than a week: only a longer report shows it.
  [9, "who is leonid volkov", 1, []],
];

export async function seedQuestions(store: Store, engine: Engine, now: number): Promise<void> {
  let id = 0;
  let reader = 100;
  const log: QuestionLogChange[] = [];
  for (const [daysAgo, text, askers, votes] of SEEDED) {
    const answer = engine.answer(text);
    for (let i = 0; i < askers; i++) {
      const questionId = ++id;
      const userId = ++reader;
      // Around noon UTC that day, so that each question is counted on its day whenever the test runs.
      const askedAt = (Math.floor(now / DAY_MS) - daysAgo) * DAY_MS + DAY_MS / 2 - i * 60_000;
      log.push({ type: "asked", id: questionId, userId, askedAt, text, chatType: "private", lang: "en", answerKind: answer.kind, ...answerOutline(answer), latencyMs: 0.4 });
      const vote = votes[i];
      if (vote !== undefined) log.push({ type: "vote", questionId, userId, up: vote === 1, at: askedAt + 5000 });
    }
  }
  await store.outbox.commit([{ updateId: 1, handledAt: now, calls: [], log }]);
}
