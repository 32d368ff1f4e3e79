// The worker's database: one createStore, typed repositories, one close. SQLite in a file by
// default, PostgreSQL with DATABASE_URL; the schema is brought up to date before anything runs.
import { randomBytes } from "node:crypto";
import type { Kysely } from "kysely";
import { openDatabase, type DatabaseSettings } from "./database.js";
import { migrate } from "./migrations.js";
import { createOutbox, type Outbox } from "./outbox.js";
import { createQuestionLog, type QuestionLog } from "./question-log.js";
import type { Database } from "./schema.js";
import { createSealer } from "./sealed.js";
import { settingOrCreate } from "./settings.js";

export type { DatabaseSettings } from "./database.js";
export type { CommitResult, HandledUpdate, Outbox, OutgoingCall, StoredCall } from "./outbox.js";
export { DAY_MS, type AskedQuestion, type QuestionLog, type QuestionLogChange, type TallyRow } from "./question-log.js";

export interface StoreOptions {
  database: DatabaseSettings;
  /** Seals what would name a reader (see sealed.ts); the bot token, which the database never holds. */
  secret: string;
}

export interface Store {
  readonly kind: DatabaseSettings["kind"];
  readonly outbox: Outbox;
  readonly questions: QuestionLog;
  close(): Promise<void>;
}

/** Thrown when the database cannot be opened or migrated; its message says which one and why. */
export class StoreError extends Error {
  override name = "StoreError";
}

// Made once per installation and kept in the store: a pseudonym's key must outlive a token change.
const PSEUDONYM_KEY = "question_log.pseudonym_key";

export async function createStore({ database, secret }: StoreOptions): Promise<Store> {
  const { db, questions } = await open(database);
  return {
    kind: database.kind,
    outbox: createOutbox(db, createSealer(secret, "outbox"), questions),
    questions,
    close: () => db.destroy(),
  };
}

/** The question log alone, for `npm run report`: it needs no bot token, since the outbox stays shut. */
export async function openQuestionLog(database: DatabaseSettings): Promise<{ questions: QuestionLog; close(): Promise<void> }> {
  const { db, questions } = await open(database);
  return { questions, close: () => db.destroy() };
}

async function open(database: DatabaseSettings): Promise<{ db: Kysely<Database>; questions: QuestionLog }> {
  let db: Kysely<Database> | undefined;
  try {
    db = openDatabase(database);
    await migrate(db, database.kind);
    const key = await settingOrCreate(db, PSEUDONYM_KEY, () => randomBytes(32).toString("base64url"));
    return { db, questions: createQuestionLog(db, key) };
  } catch (error) {
    await db?.destroy().catch(() => undefined);
    const where = database.kind === "sqlite" ? `the SQLite file ${database.path} (DATABASE_PATH)` : "the PostgreSQL database in DATABASE_URL";
    throw new StoreError(`Could not open ${where}: ${(error as Error).message}`, { cause: error });
  }
}
