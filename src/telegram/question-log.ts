// What the question log keeps of an update, read from what its handler did (ctx.outcome). Only the
// pipeline stores it, in the update's own transaction; the reader's user id goes no further than
// the store, which keeps a pseudonym of it instead.
import type { QuestionLogChange } from "../store/index.js";
import type { BotContext } from "./context.js";
import { answerOutline, roundMs } from "./update-log.js";

// Ids per millisecond before they run ahead of the clock; times this many stay safe integers until 2248.
const IDS_PER_MS = 1024;
let lastQuestionId = 0;

/**
 * A logged question's id: growing with time, here and across restarts, so the log's rows are
 * appended in order. It needs no secrecy: a vote counts only from the reader who asked.
 */
export function newQuestionId(now = Date.now()): number {
  lastQuestionId = Math.max(now * IDS_PER_MS, lastQuestionId + 1);
  return lastQuestionId;
}

export function questionLogChanges(ctx: BotContext, latencyMs: number, now = Date.now()): QuestionLogChange[] {
  const { outcome, from } = ctx;
  if (outcome === undefined || from === undefined) return [];
  if (outcome.forget) return [{ type: "forget", userId: from.id }];
  if (outcome.vote) return [{ type: "vote", ...outcome.vote, userId: from.id, at: now }];
  const { question, answer } = outcome;
  if (question === undefined || answer === undefined) return [];
  return [
    {
      type: "asked",
      ...question,
      ...answerOutline(answer),
      userId: from.id,
      askedAt: now,
      chatType: ctx.chat?.type ?? "unknown",
      lang: ctx.lang,
      answerKind: answer.kind,
      latencyMs: roundMs(latencyMs),
    },
  ];
}
