import type { ResilienceOptions } from "./options.js";

/**
 * Paces outgoing messages to Telegram's limits: about one a second per chat (after a short burst),
 * 20 a minute per group, 30 a second overall. Each limit is a GCRA ("virtual scheduling") slot
 * table: a send reserves the earliest time every limit allows and sleeps until then. That is a
 * few arithmetic operations and no timers or queues per call, so pacing adds almost no CPU.
 */
export interface Pacer {
  /** Reserves a slot for one message to `chatId`; returns the ms to wait before sending it. */
  reserve(chatId: number | string, now?: number): number;
}

/** Methods that post a message into a chat, the ones Telegram's flood limits count. */
export function isPacedMethod(method: string): boolean {
  return (method.startsWith("send") && method !== "sendChatAction") || method.startsWith("copyMessage") || method.startsWith("forwardMessage");
}

export function createPacer(pacing: ResilienceOptions["pacing"]): Pacer {
  const perChat = slotTable(pacing.chatPerSecond / 1000, pacing.chatBurst);
  const perGroup = slotTable(pacing.groupPerMinute / 60_000, pacing.chatBurst);
  const global = slotTable(pacing.globalPerSecond / 1000, Math.max(1, Math.round(pacing.globalPerSecond / 10)));
  return {
    reserve(chatId, now = Date.now()) {
      const key = String(chatId);
      const isGroup = typeof chatId === "string" ? chatId.startsWith("@") || chatId.startsWith("-") : chatId < 0;
      let at = Math.max(now, perChat.earliest(key, now), global.earliest("", now));
      if (isGroup) at = Math.max(at, perGroup.earliest(key, now));
      perChat.commit(key, at, now);
      global.commit("", at, now);
      if (isGroup) perGroup.commit(key, at, now);
      return at - now;
    },
  };
}

interface SlotTable {
  earliest(key: string, now: number): number;
  commit(key: string, at: number, now: number): void;
}

/** A rate of 0 switches the limit off. */
function slotTable(perMs: number, burst: number): SlotTable {
  if (perMs <= 0) return { earliest: (_key, now) => now, commit: () => {} };
  const interval = 1 / perMs;
  const tolerance = (Math.max(1, burst) - 1) * interval;
  // Theoretical arrival time per key; a key whose time has passed is a full bucket and is dropped.
  const tat = new Map<string, number>();
  let sweepAt = 1024;
  return {
    earliest(key, now) {
      const t = tat.get(key);
      return t === undefined ? now : Math.max(now, t - tolerance);
    },
    commit(key, at, now) {
      tat.set(key, Math.max(tat.get(key) ?? at, at) + interval);
      if (tat.size >= sweepAt) {
        for (const [k, t] of tat) if (t <= now) tat.delete(k);
        sweepAt = Math.max(1024, tat.size * 2);
      }
    },
  };
}
