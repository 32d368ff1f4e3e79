// The worker's database: one createStore, typed repositories, one close. SQLite in a file by
// default, PostgreSQL with DATABASE_URL; the schema is brought up to date before anything runs.
import type { Kysely } from "kysely";
import { openDatabase, type DatabaseSettings } from "./database.js";
import { migrate } from "./migrations.js";
import { createOutbox, type Outbox } from "./outbox.js";
import type { Database } from "./schema.js";
import { createSealer } from "./sealed.js";

export type { DatabaseSettings } from "./database.js";
export type { CommitResult, HandledUpdate, Outbox, OutgoingCall, StoredCall } from "./outbox.js";

export interface StoreOptions {
  database: DatabaseSettings;
  /** Seals what would name a reader (see sealed.ts); the bot token, which the database never holds. */
  secret: string;
}

export interface Store {
  readonly kind: DatabaseSettings["kind"];
  readonly outbox: Outbox;
  close(): Promise<void>;
}

/** Thrown when the database cannot be opened or migrated; its message says which one and why. */
export class StoreError extends Error {
  override name = "StoreError";
}

export async function createStore({ database, secret }: StoreOptions): Promise<Store> {
  let db: Kysely<Database> | undefined;
  try {
    db = openDatabase(database);
    await migrate(db, database.kind);
  } catch (error) {
    await db?.destroy().catch(() => undefined);
    const where = database.kind === "sqlite" ? `the SQLite file ${database.path} (DATABASE_PATH)` : "the PostgreSQL database in DATABASE_URL";
    throw new StoreError(`Could not open ${where}: ${(error as Error).message}`, { cause: error });
  }
  const opened = db;
  return {
    kind: database.kind,
    outbox: createOutbox(opened, createSealer(secret, "outbox")),
    close: () => opened.destroy(),
  };
}
