import type { PipelineOptions } from "./options.js";

/** What one more answer to one person gets: sent, replaced by one notice, or nothing. */
export type FloodVerdict = "answer" | "notify" | "silent";

export interface FloodLimit {
  check(userId: number, now?: number): FloodVerdict;
  /** Drops people whose window has passed (called on a timer): memory follows recent askers. */
  sweep(now?: number): void;
  readonly size: number;
}

/**
 * A fixed window per person: up to `questionsPerWindow` updates are answered, the next one gets
 * one polite notice, the rest nothing until the window passes. It counts what the bot would send,
 * so a group's chatter that is not for the bot costs nobody anything.
 */
export function createFloodLimit({ questionsPerWindow, windowMs }: PipelineOptions["flood"]): FloodLimit {
  const windows = new Map<number, { startedAt: number; count: number }>();
  return {
    check(userId, now = Date.now()) {
      if (questionsPerWindow <= 0) return "answer";
      let window = windows.get(userId);
      if (window === undefined || now - window.startedAt >= windowMs) {
        window = { startedAt: now, count: 0 };
        windows.set(userId, window);
      }
      window.count++;
      if (window.count <= questionsPerWindow) return "answer";
      return window.count === questionsPerWindow + 1 ? "notify" : "silent";
    },
    sweep(now = Date.now()) {
      for (const [id, w] of windows) if (now - w.startedAt >= windowMs) windows.delete(id);
    },
    get size() {
      return windows.size;
    },
  };
}
