import type { HandledUpdate, Outbox, StoredCall } from "../store/index.js";

export interface Committed {
  stored: StoredCall[];
  /** Handled before (Telegram delivered it again): nothing was stored. */
  duplicate: boolean;
}

/**
 * Updates handled in the same turn of the event loop (a getUpdates batch) are stored in one
 * transaction: one commit instead of a hundred, which is most of what the store costs per update.
 * Each caller still learns about its own update, and a failed transaction fails each of them.
 */
export function createGroupCommit(outbox: Outbox) {
  let queue: Array<{ update: HandledUpdate; resolve: (c: Committed) => void; reject: (e: unknown) => void }> = [];
  let running = false;

  async function run(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      try {
        const { stored, duplicates } = await outbox.commit(batch.map((item) => item.update));
        for (const { update, resolve } of batch) {
          resolve({ stored: stored.get(update.updateId) ?? [], duplicate: duplicates.has(update.updateId) });
        }
      } catch (error) {
        for (const { reject } of batch) reject(error);
      }
    }
    running = false;
  }

  return (update: HandledUpdate): Promise<Committed> =>
    new Promise((resolve, reject) => {
      queue.push({ update, resolve, reject });
      if (running) return;
      running = true;
      // Let the rest of the batch finish handling first: they join this transaction.
      setImmediate(() => void run());
    });
}
