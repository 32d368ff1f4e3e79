// The tables, as Kysely sees them. Times are milliseconds since the epoch; ids fit in 2^53.
import type { Generated } from "kysely";

/** Bot API calls made while handling an update, waiting for Telegram to accept them. */
export interface OutboxTable {
  /** Order of sending within a chat. */
  id: Generated<number>;
  update_id: number | null;
  /** Which of the update's calls this is (0, 1, …), to match rows back after a batch insert. */
  position: number;
  /** Method and JSON payload, sealed (see sealed.ts): the payload names the chat. */
  sealed: Uint8Array;
  created_at: number;
  /** Given up after this time (REPLY_TTL_SECONDS; seconds for a button's or inline answer). */
  expires_at: number;
  /** 1 once a try timed out after the request was sent: it may have arrived, so one more try at most. */
  ambiguous: number;
}

/** Updates whose replies are stored; a redelivered one is not handled again. */
export interface HandledUpdatesTable {
  update_id: number;
  handled_at: number;
}

export interface Database {
  outbox: OutboxTable;
  handled_updates: HandledUpdatesTable;
}
