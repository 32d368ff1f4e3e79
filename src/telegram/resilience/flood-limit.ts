import type { Context, MiddlewareFn } from "telegraf";
import { USER_TEXT } from "./messages.js";
import type { ResilienceOptions } from "./options.js";

type FloodOptions = ResilienceOptions["flood"];

/** Verdict for one question from one user. */
export type FloodVerdict = "answer" | "notify" | "silent";

/**
 * A fixed window per user: up to `questionsPerWindow` questions are answered, the next one gets
 * one polite notice, the rest are ignored until the window passes. Windows that ended are swept
 * out as the table grows, so memory follows the number of recently active users.
 */
export function createFloodLimit({ questionsPerWindow, windowMs }: FloodOptions) {
  const windows = new Map<number, { startedAt: number; count: number }>();
  let sweepAt = 1024;
  return {
    check(userId: number, now = Date.now()): FloodVerdict {
      if (questionsPerWindow <= 0) return "answer";
      let window = windows.get(userId);
      if (window === undefined || now - window.startedAt >= windowMs) {
        window = { startedAt: now, count: 0 };
        windows.set(userId, window);
        if (windows.size >= sweepAt) sweep(now);
      }
      window.count++;
      if (window.count <= questionsPerWindow) return "answer";
      return window.count === questionsPerWindow + 1 ? "notify" : "silent";
    },
  };

  function sweep(now: number): void {
    for (const [id, w] of windows) if (now - w.startedAt >= windowMs) windows.delete(id);
    sweepAt = Math.max(1024, windows.size * 2);
  }
}

/**
 * Guards text messages (the questions): over the per-user rate, one notice then silence; far
 * over the length the engine accepts, a clear refusal. Other updates pass untouched.
 */
export function limitQuestions(options: FloodOptions): MiddlewareFn<Context> {
  const limit = createFloodLimit(options);
  const windowSeconds = Math.ceil(options.windowMs / 1000);
  // Not async: every question passes here, and most go straight on.
  return (ctx, next) => {
    const text = ctx.message !== undefined && "text" in ctx.message ? ctx.message.text : undefined;
    if (text === undefined || ctx.from === undefined) return next();
    const verdict = limit.check(ctx.from.id);
    if (verdict === "silent") return;
    if (verdict === "notify") return ctx.reply(USER_TEXT.floodNotice(windowSeconds));
    if (text.length > options.maxMessageChars) return ctx.reply(USER_TEXT.tooLong(options.maxMessageChars));
    return next();
  };
}
