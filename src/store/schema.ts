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

/**
 * Every question readers asked in a chat, with what the bot answered: what `npm run report` reads.
 * The asker is an HMAC of their user id under the installation's own key (settings), never the id.
 */
export interface QuestionsTable {
  /** Made while handling, growing with time: the feedback buttons carry it, since a sent message's id is not known then. */
  id: number;
  asked_at: number;
  /** The pseudonym: the same person gets the same one, and /forget finds their rows by it. */
  asker: string;
  text: string;
  chat_type: string;
  lang: string;
  /** The engine's answer kind: "answer", "none" or "chitchat". */
  answer_kind: string;
  /** The curated entry that answered, or the known gap that said what the article leaves open. */
  entry_id: string | null;
  /** A passage answer's cited sentences, comma-separated ("6.1,6.2"). */
  sentence_ids: string | null;
  confidence: number | null;
  latency_ms: number;
  /** 1 for 👍, -1 for 👎, null until the asker presses one. */
  vote: number | null;
  voted_at: number | null;
}

/** Small values kept for the installation, such as the question log's pseudonym key. */
export interface SettingsTable {
  key: string;
  value: string;
}

export interface Database {
  outbox: OutboxTable;
  handled_updates: HandledUpdatesTable;
  questions: QuestionsTable;
  settings: SettingsTable;
}
