// The schema as an ordered list of steps, run at start. Add a step at the end, never edit one that
// has shipped: a database remembers which steps it has run (kysely_migration) by name.
import { Migrator, type Kysely } from "kysely";
import type { DialectName } from "./database.js";

export interface StoreMigration {
  /** Sorted by name: keep the number prefix. */
  name: string;
  up(db: Kysely<any>, dialect: DialectName): Promise<void>;
}

export const MIGRATIONS: readonly StoreMigration[] = [
  {
    name: "0001_outbox",
    async up(db, dialect) {
      const postgres = dialect === "postgres";
      await db.schema
        .createTable("outbox")
        // SQLite: the rowid itself; new rows always come after every stored one, which is all the order needs.
        .addColumn("id", postgres ? "bigserial" : "integer", (c) => c.primaryKey())
        .addColumn("update_id", "bigint")
        .addColumn("position", "integer", (c) => c.notNull())
        .addColumn("sealed", postgres ? "bytea" : "blob", (c) => c.notNull())
        .addColumn("created_at", "bigint", (c) => c.notNull())
        .addColumn("expires_at", "bigint", (c) => c.notNull())
        .addColumn("ambiguous", "integer", (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createTable("handled_updates")
        // "integer primary key" is SQLite's rowid: one b-tree, not a table plus an index.
        .addColumn("update_id", postgres ? "bigint" : "integer", (c) => c.primaryKey())
        .addColumn("handled_at", "bigint", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("handled_updates_by_time").on("handled_updates").column("handled_at").execute();
    },
  },
  {
    name: "0002_question_log",
    async up(db, dialect) {
      const postgres = dialect === "postgres";
      const float = postgres ? "double precision" : "real";
      await db.schema
        .createTable("questions")
        // SQLite: the rowid itself. Ids grow with time, so rows are appended, not slotted in (a
        // random text id cost its index ~10 µs a question, measured).
        .addColumn("id", postgres ? "bigint" : "integer", (c) => c.primaryKey())
        .addColumn("asked_at", "bigint", (c) => c.notNull())
        .addColumn("asker", "text", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("chat_type", "text", (c) => c.notNull())
        .addColumn("lang", "text", (c) => c.notNull())
        .addColumn("answer_kind", "text", (c) => c.notNull())
        .addColumn("entry_id", "text")
        .addColumn("sentence_ids", "text")
        .addColumn("confidence", float)
        .addColumn("latency_ms", float, (c) => c.notNull())
        .addColumn("vote", "integer")
        .addColumn("voted_at", "bigint")
        .execute();
      // The report and the daily pruning read by time; /forget and votes by asker.
      await db.schema.createIndex("questions_by_time").on("questions").column("asked_at").execute();
      await db.schema.createIndex("questions_by_asker").on("questions").column("asker").execute();
      await db.schema
        .createTable("settings")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("value", "text", (c) => c.notNull())
        .execute();
    },
  },
];

/** Brings the schema up to date; throws the failing step's error. */
export async function migrate(db: Kysely<any>, dialect: DialectName, migrations = MIGRATIONS): Promise<void> {
  const provider = {
    getMigrations: async () => Object.fromEntries(migrations.map((m) => [m.name, { up: (kysely: Kysely<any>) => m.up(kysely, dialect) }])),
  };
  const { error } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw error;
}
