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
];

/** Brings the schema up to date; throws the failing step's error. */
export async function migrate(db: Kysely<any>, dialect: DialectName, migrations = MIGRATIONS): Promise<void> {
  const provider = {
    getMigrations: async () => Object.fromEntries(migrations.map((m) => [m.name, { up: (kysely: Kysely<any>) => m.up(kysely, dialect) }])),
  };
  const { error } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw error;
}
