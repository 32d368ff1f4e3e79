// What the question log keeps of an update, read from what its handler did (ctx.outcome). Only the
// pipeline stores it, in the update's own transaction; the reader's user id goes no further than
// the store, which keeps a pseudonym of it instead.
import { randomBytes } from "node:crypto";
import type { QuestionLogChange } from "../store/index.js";
import type { BotContext } from "./context.js";
import { answerOutline, roundMs } from "./update-log.js";

/** A logged question's id: random (72 bits), so that no one can guess another reader's to vote on it. */
export function newQuestionId(): string {
  return randomBytes(9).toString("base64url");
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
