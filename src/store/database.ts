// Opens the database the settings name, behind one Kysely query builder: SQLite in a file by
// default, PostgreSQL where the disk does not outlive the process (DATABASE_URL).
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase } from "kysely";
import pg from "pg";
import type { Database } from "./schema.js";

export type DatabaseSettings = { kind: "sqlite"; path: string } | { kind: "postgres"; url: string };
export type DialectName = DatabaseSettings["kind"];

const PG_INT8 = 20;

export function openDatabase(settings: DatabaseSettings): Kysely<Database> {
  if (settings.kind === "postgres") {
    const pool = new pg.Pool({
      connectionString: settings.url,
      max: 10,
      // Ids and millisecond times are bigint columns; they fit in a JS number, and a string would not sort.
      types: { getTypeParser: ((oid: number, format?: "text" | "binary") => (oid === PG_INT8 ? Number : pg.types.getTypeParser(oid, format as "text"))) as typeof pg.types.getTypeParser },
    });
    // An idle client's error (the server restarted) must not crash the worker; the next query reconnects.
    pool.on("error", () => {});
    return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }
  if (settings.path !== ":memory:") mkdirSync(dirname(settings.path), { recursive: true });
  const sqlite = new BetterSqlite3(settings.path);
  // WAL with synchronous=NORMAL: a commit survives the process being killed (SIGKILL, out of
  // memory, a platform restart) without an fsync per commit; only a power cut can lose the last ones.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("busy_timeout = 5000");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}

/**
 * Kysely prepares every query afresh; the worker runs a handful of distinct statements over and over,
 * so each is prepared once. Bounded: batch inserts of different sizes are different statements.
 */
function withStatementCache(sqlite: BetterSqlite3.Database, capacity = 256): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      let statement = cache.get(sql);
      if (statement === undefined) {
        if (cache.size >= capacity) cache.clear();
        statement = sqlite.prepare(sql);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}
