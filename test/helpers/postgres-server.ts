// vitest globalSetup: a real PostgreSQL server on 127.0.0.1 in a temporary folder for the test run,
// so the store's tests run on PostgreSQL as well as SQLite. TEST_DATABASE_URL, when set, is used
// instead. Without PostgreSQL's binaries the PostgreSQL tests are skipped with a message, except on
// CI (CI=true), where that is an error.
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** An admin URL of the test server (database "postgres"), or "" when PostgreSQL is not there. */
    postgresUrl: string;
  }
}

export default async function startPostgres(project: TestProject): Promise<(() => void) | undefined> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return void project.provide("postgresUrl", given);
  const bin = findBinaries();
  if (bin === undefined) {
    if (process.env.CI) throw new Error("PostgreSQL's initdb and pg_ctl were not found; CI runs the PostgreSQL tests, so install PostgreSQL 15.");
    console.warn("PostgreSQL tests SKIPPED: no initdb/pg_ctl found (apt-get install postgresql, or set TEST_DATABASE_URL).");
    return void project.provide("postgresUrl", "");
  }
  const dir = mkdtempSync(join(tmpdir(), "pg-test-"));
  // initdb refuses to run as root: run the server as the postgres user then.
  const asUser = process.getuid?.() === 0 ? "postgres" : undefined;
  if (asUser) chownSync(dir, Number(id("-u", asUser)), Number(id("-g", asUser)));
  const run = (tool: string, args: string[]) =>
    execFileSync(asUser ? "runuser" : join(bin, tool), asUser ? ["-u", asUser, "--", join(bin, tool), ...args] : args, { stdio: "pipe" });
  const port = await freePort();
  const data = join(dir, "data");
  try {
    run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
    const settings = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c full_page_writes=off`;
    run("pg_ctl", ["-D", data, "-o", settings, "-l", join(dir, "server.log"), "-w", "-t", "30", "start"]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`Could not start PostgreSQL for the tests: ${String((error as { stderr?: Buffer }).stderr ?? error)}`);
  }
  project.provide("postgresUrl", `postgres://postgres@127.0.0.1:${port}/postgres`);
  return () => {
    try {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

function findBinaries(): string | undefined {
  const candidates = (process.env.PATH ?? "").split(":");
  if (existsSync("/usr/lib/postgresql")) {
    const versions = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => `/usr/lib/postgresql/${v}/bin`));
  }
  return candidates.find((dir) => existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl")));
}

function id(flag: string, user: string): string {
  return execFileSync("id", [flag, user], { encoding: "utf8" }).trim();
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
