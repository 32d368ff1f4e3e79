import type { PipelineOptions } from "./options.js";

/**
 * Paces outgoing messages to Telegram's limits: about one a second per chat (after a short burst),
 * 20 a minute per group, 30 a second overall. Each limit is a GCRA ("virtual scheduling") slot
 * table: a send reserves the earliest time every limit allows and waits until then. That is a
 * few arithmetic operations and no timers or queues per call, so pacing adds almost no CPU.
 */
export interface Pacer {
  /** Reserves the chat's (and a group's) slot for one message; returns the ms to wait for it. */
  reserveChat(chatId: number | string, now?: number): number;
  /**
   * Reserves a slot under the overall limit; returns the ms to wait. Taken only once the chat's
   * own slot has come: a group's slot three seconds ahead must not hold every other chat back.
   */
  reserveGlobal(now?: number): number;
  /** Drops the chats whose slots are all free again (called on a timer): memory follows recent chats. */
  sweep(now?: number): void;
  /** Chats remembered, for tests of the sweep. */
  readonly size: number;
}

/** Methods that post a message into a chat, the ones Telegram's flood limits count. */
export function isPacedMethod(method: string): boolean {
  return (method.startsWith("send") && method !== "sendChatAction") || method.startsWith("copyMessage") || method.startsWith("forwardMessage");
}

export function isGroupChat(chatId: number | string): boolean {
  return typeof chatId === "string" ? chatId.startsWith("@") || chatId.startsWith("-") : chatId < 0;
}

export function createPacer(pacing: PipelineOptions["pacing"]): Pacer {
  const perChat = slotTable(pacing.chatPerSecond / 1000, pacing.chatBurst);
  const perGroup = slotTable(pacing.groupPerMinute / 60_000, pacing.chatBurst);
  const global = slotTable(pacing.globalPerSecond / 1000, Math.max(1, Math.round(pacing.globalPerSecond / 10)));
  return {
    reserveChat(chatId, now = Date.now()) {
      const key = String(chatId);
      const group = isGroupChat(chatId);
      const at = group ? Math.max(perChat.earliest(key, now), perGroup.earliest(key, now)) : perChat.earliest(key, now);
      perChat.commit(key, at);
      if (group) perGroup.commit(key, at);
      return at - now;
    },
    reserveGlobal(now = Date.now()) {
      const at = global.earliest("", now);
      global.commit("", at);
      return at - now;
    },
    sweep(now = Date.now()) {
      for (const table of [perChat, perGroup, global]) table.sweep(now);
    },
    get size() {
      return perChat.size + perGroup.size;
    },
  };
}

interface SlotTable {
  earliest(key: string, now: number): number;
  commit(key: string, at: number): void;
  sweep(now: number): void;
  readonly size: number;
}

/** A rate of 0 switches the limit off. */
function slotTable(perMs: number, burst: number): SlotTable {
  if (perMs <= 0) return { earliest: (_key, now) => now, commit: () => {}, sweep: () => {}, size: 0 };
  const interval = 1 / perMs;
  const tolerance = (Math.max(1, burst) - 1) * interval;
  // Theoretical arrival time per key; a key whose time has passed is a full bucket, the same as no entry.
  const tat = new Map<string, number>();
  return {
    earliest(key, now) {
      const t = tat.get(key);
      return t === undefined ? now : Math.max(now, t - tolerance);
    },
    commit(key, at) {
      tat.set(key, Math.max(tat.get(key) ?? at, at) + interval);
    },
    sweep(now) {
      for (const [key, t] of tat) if (t <= now) tat.delete(key);
    },
    get size() {
      return tat.size;
    },
  };
}
