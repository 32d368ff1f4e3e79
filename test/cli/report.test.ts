// `npm run report` end to end: the command line over a store seeded as the worker would have filled it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createStore, type DatabaseSettings } from "../../src/store/index.js";
import { STORE_BACKENDS } from "../helpers/stores.js";
import { seedQuestions } from "../helpers/seed-questions.js";
import { engine } from "../helpers/test-bot.js";

const report = (args: string[], database: DatabaseSettings) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", "report", ...args], {
    encoding: "utf8",
    cwd: new URL("../..", import.meta.url).pathname,
    // Only what the report needs: no bot token.
    env: { PATH: process.env.PATH ?? "", ...(database.kind === "sqlite" ? { DATABASE_PATH: database.path } : { DATABASE_URL: database.url }) },
  });

describe.each(STORE_BACKENDS)("npm run report on $name", (backend) => {
  let database: DatabaseSettings;
  beforeAll(async () => {
    database = await backend.fresh();
    const store = await createStore({ database, secret: "123:seeding" });
    await seedQuestions(store, engine, Date.now());
    await store.close();
  });

  it("prints the last 7 days as text: totals, a line a day, and each list", () => {
    const run = report([], database);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Questions asked, last 7 days \(\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d, UTC\): 23\n/);
    expect(run.stdout.split("\n").filter((line) => /^ {2}\d{4}-\d\d-\d\d /.test(line))).toHaveLength(7);
    expect(run.stdout).toMatch(/\n {5}3 {2}who won the football world cup +→ .+\n/);
    expect(run.stdout).toMatch(/Most asked entries\n {5}5 {2}volkov-location {2}👍 2 {2}👎 1\n/);
  });

  it("--json prints one object with the fields the issue names", () => {
    const run = report(["--json", "--days", "7"], database);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ days: 7, questions: 23 });
    expect(json.answered).toBeGreaterThan(10);
    expect(json.unanswered[0]).toMatchObject({ question: "who won the football world cup", count: 3, suggestions: expect.any(Array), answeredNow: false });
    expect(json.disliked).toContainEqual({ entry: "volkov-location", count: 1, questions: ["where is volkov based"] });
    expect(json.entries[0]).toEqual({ entry: "volkov-location", count: 5, up: 2, down: 1 });
  });

  it("--days 10 reaches further back", () => {
    expect(JSON.parse(report(["--json", "--days", "10"], database).stdout).questions).toBe(24);
  });

  it("--html FILE writes the page, and still prints the text", () => {
    const file = join(mkdtempSync(join(tmpdir(), "report-")), "report.html");
    const run = report(["--html", file], database);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`report written to ${file}`);
    expect(run.stdout).toMatch(/^Questions asked/);
    const html = readFileSync(file, "utf8");
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("<svg");
    expect(html).toContain("who won the football world cup");
  });
});

describe("npm run report, asked wrongly", () => {
  const sqlite = { kind: "sqlite", path: join(mkdtempSync(join(tmpdir(), "report-")), "none.sqlite") } as const;

  it.each([[["--days", "0"]], [["--days", "a week"]], [["--weeks", "2"]], [["--html"]]])("%j: says how to ask, exit 2", (args) => {
    const run = report(args, sqlite);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Usage: npm run report -- \[--days N\] \[--json\] \[--html FILE\]/);
  });

  it("names DATABASE_URL, never its password, when the database cannot be reached", () => {
    const run = report([], { kind: "postgres", url: "postgres://bot:s3cretpass@127.0.0.1:1/bot" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/DATABASE_URL/);
    expect(run.stderr).not.toContain("s3cretpass");
  });
});
