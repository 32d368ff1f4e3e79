// The question log: what readers asked and what the bot answered, for the curator's report. A reader
// is kept only as a pseudonym, an HMAC of their user id under a key the installation made for itself.
import { createHmac } from "node:crypto";
import { sql, type Kysely } from "kysely";
import { chunks } from "./chunks.js";
import type { Database } from "./schema.js";

export const DAY_MS = 86_400_000;
/** The engine reads no more of a question than this; the log keeps no more either. */
const TEXT_MAX = 500;
const ROWS_PER_INSERT = 16;

export interface AskedQuestion {
  /** Made while handling (the feedback buttons carry it); grows with time. */
  id: number;
  /** The asker's Telegram user id: turned into the pseudonym on the way in, never stored. */
  userId: number;
  askedAt: number;
  text: string;
  chatType: string;
  lang: string;
  answerKind: "answer" | "none" | "chitchat";
  entryId?: string;
  sentenceIds?: readonly string[];
  confidence?: number;
  latencyMs: number;
}

/** One change to the log, carried by the update that made it (see HandledUpdate). */
export type QuestionLogChange =
  | ({ type: "asked" } & AskedQuestion)
  /** 👍 (up) or 👎 on a logged question; counted only from the one who asked it. */
  | { type: "vote"; questionId: number; userId: number; up: boolean; at: number }
  /** /forget: every row of this reader goes. */
  | { type: "forget"; userId: number };

/** Questions grouped by day and by everything the report tells apart, with how many there were. */
export interface TallyRow {
  /** Days since 1970-01-01, UTC. */
  day: number;
  text: string;
  answerKind: string;
  entryId: string | null;
  sentenceIds: string | null;
  vote: number | null;
  /** The lowest confidence in the group. */
  confidence: number | null;
  count: number;
}

export interface QuestionLog {
  /**
   * Applies a batch of changes inside the caller's transaction (the outbox's): questions first,
   * then votes, then /forget, so a reader who asks and forgets in one batch leaves nothing.
   */
  apply(trx: Kysely<Database>, changes: readonly QuestionLogChange[]): Promise<void>;
  /** What was asked since `time`, grouped (see TallyRow): what the report is built from. */
  tally(since: number): Promise<TallyRow[]>;
  /** Deletes the questions asked before `time` (QUESTION_LOG_DAYS); says how many went. */
  forgetBefore(time: number): Promise<number>;
}

export function createQuestionLog(db: Kysely<Database>, key: string): QuestionLog {
  const pseudonym = (userId: number) => createHmac("sha256", key).update(String(userId)).digest("base64url").slice(0, 22);

  return {
    async apply(trx, changes) {
      const asked = changes.flatMap((c) => (c.type === "asked" ? [c] : []));
      // Rows of ROWS_PER_INSERT, then the rest one by one: two statements, each prepared once. A
      // statement per batch size (1 to 100) cost the worker ~60 MB more RSS over 50,000 questions (measured).
      const whole = asked.length - (asked.length % ROWS_PER_INSERT);
      for (const part of [...chunks(asked.slice(0, whole), ROWS_PER_INSERT), ...asked.slice(whole).map((q) => [q])]) {
        // An id taken already (a clock set back past the last run's ids) loses one log row, never the update's replies.
        await trx.insertInto("questions").values(part.map(rowOf)).onConflict((c) => c.column("id").doNothing()).execute();
      }
      for (const change of changes) {
        if (change.type !== "vote") continue;
        await trx
          .updateTable("questions")
          .set({ vote: change.up ? 1 : -1, voted_at: change.at })
          .where("id", "=", change.questionId)
          .where("asker", "=", pseudonym(change.userId))
          .execute();
      }
      const forgotten = [...new Set(changes.flatMap((c) => (c.type === "forget" ? [pseudonym(c.userId)] : [])))];
      for (const part of chunks(forgotten)) await trx.deleteFrom("questions").where("asker", "in", part).execute();
    },

    async tally(since) {
      // Integer division on both backends: asked_at is an integer column.
      const day = sql<number>`asked_at / ${sql.lit(DAY_MS)}`;
      const rows = await db
        .selectFrom("questions")
        .select([
          day.as("day"),
          "text",
          "answer_kind",
          "entry_id",
          "sentence_ids",
          "vote",
          (eb) => eb.fn.min("confidence").as("confidence"),
          (eb) => eb.fn.countAll<number>().as("count"),
        ])
        .where("asked_at", ">=", since)
        .groupBy([day, "text", "answer_kind", "entry_id", "sentence_ids", "vote"])
        .execute();
      return rows.map((r) => ({
        day: Number(r.day),
        text: r.text,
        answerKind: r.answer_kind,
        entryId: r.entry_id,
        sentenceIds: r.sentence_ids,
        vote: r.vote,
        confidence: r.confidence,
        count: Number(r.count),
      }));
    },

    async forgetBefore(time) {
      const [result] = await db.deleteFrom("questions").where("asked_at", "<", time).execute();
      return Number(result?.numDeletedRows ?? 0);
    },
  };

  function rowOf(q: AskedQuestion) {
    return {
      id: q.id,
      asked_at: q.askedAt,
      asker: pseudonym(q.userId),
      text: Array.from(q.text).slice(0, TEXT_MAX).join(""),
      chat_type: q.chatType,
      lang: q.lang,
      answer_kind: q.answerKind,
      entry_id: q.entryId ?? null,
      sentence_ids: q.sentenceIds?.length ? q.sentenceIds.join(",") : null,
      confidence: q.confidence ?? null,
      latency_ms: q.latencyMs,
      vote: null,
      voted_at: null,
    };
  }
}
