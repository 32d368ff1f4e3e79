// The transactional outbox: the Bot API calls made while handling an update are stored in the same
// transaction that marks the update handled, and removed once Telegram has accepted them.
import type { Kysely, Selectable } from "kysely";
import { chunks } from "./chunks.js";
import type { QuestionLog, QuestionLogChange } from "./question-log.js";
import type { Database } from "./schema.js";
import type { Sealer } from "./sealed.js";

/**
 * One Bot API call: its method and its JSON payload as UTF-8 bytes, as sent. Bytes, not a string:
 * a reply waits for as long as Telegram takes, and its bytes then wait off the JS heap, are sealed
 * without another copy and go to the socket as they are.
 */
export interface OutgoingCall {
  method: string;
  body: Buffer;
}

export interface HandledUpdate {
  updateId: number;
  handledAt: number;
  calls: ReadonlyArray<{ call: OutgoingCall; expiresAt: number }>;
  /** What the question log keeps of the update (its question, a vote, a /forget), in the same transaction. */
  log?: readonly QuestionLogChange[];
}

export interface StoredCall extends OutgoingCall {
  id: number;
  updateId: number | null;
  createdAt: number;
  expiresAt: number;
  ambiguous: boolean;
  /** Tries made in this run; 0 as stored or read (the sender counts here). */
  attempts: number;
}

export interface CommitResult {
  /** Stored calls per update, in the order they were made. */
  stored: Map<number, StoredCall[]>;
  /** Updates handled before (redelivered by Telegram): nothing of theirs was stored. */
  duplicates: Set<number>;
}

export interface Outbox {
  commit(updates: readonly HandledUpdate[]): Promise<CommitResult>;
  /** Everything waiting, oldest first; rows that no longer open (another bot token) by id apart. */
  pending(): Promise<{ calls: StoredCall[]; unreadable: number[] }>;
  remove(ids: readonly number[]): Promise<void>;
  markAmbiguous(ids: readonly number[]): Promise<void>;
  /** Forgets handled update ids older than `time`: Telegram redelivers for a day at most. */
  forgetHandledBefore(time: number): Promise<void>;
}

export function createOutbox(db: Kysely<Database>, sealer: Sealer, questionLog: Pick<QuestionLog, "apply">): Outbox {
  const open = (row: Selectable<Database["outbox"]>): StoredCall | undefined => {
    const text = sealer.open(row.sealed);
    if (text === undefined) return undefined;
    const split = text.indexOf("\n");
    return {
      id: row.id,
      updateId: row.update_id,
      method: text.slice(0, split),
      body: Buffer.from(text.slice(split + 1)),
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      ambiguous: row.ambiguous === 1,
      attempts: 0,
    };
  };

  return {
    async commit(updates) {
      const byId = new Map(updates.map((u) => [u.updateId, u]));
      const unique = [...byId.values()];
      return db.transaction().execute(async (trx) => {
        const fresh = new Set<number>();
        for (const part of chunks(unique)) {
          const inserted = await trx
            .insertInto("handled_updates")
            .values(part.map((u) => ({ update_id: u.updateId, handled_at: u.handledAt })))
            .onConflict((conflict) => conflict.column("update_id").doNothing())
            .returning("update_id")
            .execute();
          for (const row of inserted) fresh.add(row.update_id);
        }
        const storing = unique.filter((u) => fresh.has(u.updateId));
        // An update Telegram delivers again was logged the first time.
        await questionLog.apply(trx, storing.flatMap((u) => u.log ?? []));
        const sealed = sealer.sealAll(storing.flatMap((u) => u.calls.map(({ call }) => [`${call.method}\n`, call.body])));
        let next = 0;
        const rows = storing.flatMap((u) =>
          u.calls.map(({ expiresAt }, position) => ({
            update_id: u.updateId,
            position,
            sealed: sealed[next++]!,
            created_at: u.handledAt,
            expires_at: expiresAt,
            ambiguous: 0,
          })),
        );
        const stored = new Map<number, StoredCall[]>();
        for (const part of chunks(rows)) {
          // RETURNING's row order is not promised (SQLite says so): match rows by update and position.
          const ids = await trx.insertInto("outbox").values(part).returning(["id", "update_id", "position"]).execute();
          for (const { id, update_id, position } of ids) {
            const update = byId.get(update_id!)!;
            const { call, expiresAt } = update.calls[position]!;
            const list = stored.get(update.updateId) ?? [];
            list[position] = { ...call, id, updateId: update.updateId, createdAt: update.handledAt, expiresAt, ambiguous: false, attempts: 0 };
            stored.set(update.updateId, list);
          }
        }
        const duplicates = new Set(unique.filter((u) => !fresh.has(u.updateId)).map((u) => u.updateId));
        return { stored, duplicates };
      });
    },

    async pending() {
      const rows = await db.selectFrom("outbox").selectAll().orderBy("id").execute();
      const calls: StoredCall[] = [];
      const unreadable: number[] = [];
      for (const row of rows) {
        const call = open(row);
        if (call) calls.push(call);
        else unreadable.push(row.id);
      }
      return { calls, unreadable };
    },

    async remove(ids) {
      for (const part of chunks(ids)) await db.deleteFrom("outbox").where("id", "in", part).execute();
    },

    async markAmbiguous(ids) {
      for (const part of chunks(ids)) await db.updateTable("outbox").set({ ambiguous: 1 }).where("id", "in", part).execute();
    },

    async forgetHandledBefore(time) {
      await db.deleteFrom("handled_updates").where("handled_at", "<", time).execute();
    },
  };
}
