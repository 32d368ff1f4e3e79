// The store's backends for tests: a fresh SQLite file, and a fresh database on the test run's
// PostgreSQL server (test/helpers/postgres-server.ts). describe.each over STORE_BACKENDS runs a
// test on both; the PostgreSQL case is absent only where the global setup said it is skipped.
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { inject } from "vitest";
import type { DatabaseSettings } from "../../src/store/index.js";

export interface StoreBackend {
  name: DatabaseSettings["kind"];
  /** Settings for an empty database of this kind. */
  fresh(): Promise<DatabaseSettings>;
}

const sqlite: StoreBackend = {
  name: "sqlite",
  fresh: async () => ({ kind: "sqlite", path: join(mkdtempSync(join(tmpdir(), "store-")), "data", "bot.sqlite") }),
};

const postgresUrl = inject("postgresUrl");

const postgres: StoreBackend = {
  name: "postgres",
  async fresh() {
    const name = `test_${randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    const url = new URL(postgresUrl);
    url.pathname = `/${name}`;
    return { kind: "postgres", url: url.href };
  },
};

export const STORE_BACKENDS: StoreBackend[] = postgresUrl ? [sqlite, postgres] : [sqlite];
