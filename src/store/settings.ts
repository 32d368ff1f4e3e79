import type { Kysely } from "kysely";
import type { Database } from "./schema.js";

/**
 * The value kept under `key`, made by `create` the first time it is asked for. Two workers starting
 * at once agree: the first insert wins, and both read what it wrote.
 */
export async function settingOrCreate(db: Kysely<Database>, key: string, create: () => string): Promise<string> {
  await db.insertInto("settings").values({ key, value: create() }).onConflict((c) => c.column("key").doNothing()).execute();
  const { value } = await db.selectFrom("settings").select("value").where("key", "=", key).executeTakeFirstOrThrow();
  return value;
}
