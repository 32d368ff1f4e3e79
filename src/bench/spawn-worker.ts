import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** `npm run build` (tsc to dist/), run the way npm would; throws with tsc's output when it does not compile. */
export function buildWorker(): void {
  execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "pipe" });
}

/** Where a built entry lives: "main.js" → <project>/dist/main.js. */
export const builtEntry = (name: string): string => join(ROOT, "dist", name);

export interface SpawnedWorker {
  child: ChildProcess;
  /** Everything the worker printed so far, stdout and stderr. */
  output(): string;
  exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL if it is still there after `graceMs`; resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
}

/**
 * Starts an entry as its own process with only the given environment, in an empty working
 * directory so a developer's .env (a WEBHOOK_URL, say) cannot change what runs: built JavaScript
 * as `node ENTRY`, TypeScript as `node --import tsx ENTRY`. Shared by the benchmark and the tests.
 */
export function spawnWorker(entry: string, env: Record<string, string>, nodeArgs: string[] = []): SpawnedWorker {
  const cwd = mkdtempSync(join(tmpdir(), "worker-"));
  const loader = entry.endsWith(".ts") ? ["--import", TSX] : [];
  const child = spawn(process.execPath, [...nodeArgs, ...loader, entry], {
    cwd,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  void exited.then(() => rmSync(cwd, { recursive: true, force: true }));
  return {
    child,
    output: () => output,
    exited,
    async stop(graceMs = 5000) {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      const hung = setTimeout(() => child.kill("SIGKILL"), graceMs);
      const code = await exited;
      clearTimeout(hung);
      return code;
    },
  };
}
