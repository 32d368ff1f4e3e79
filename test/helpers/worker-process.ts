// Runs the real worker (the Procfile's `node dist/main.js`) as a child process,
// pointed at a local stand-in for the Bot API, and always takes it down again.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtEntry } from "../../src/bench/spawn-worker.js";

export { buildWorker } from "../../src/bench/spawn-worker.js";

const WORKER_ENTRY = builtEntry("main.js");

export interface WorkerProcess {
  /** Everything the worker printed so far, stdout and stderr. */
  output(): string;
  /** Resolves once a log line contains `text`, rejects after `ms`. */
  waitForOutput(text: string, ms?: number): Promise<void>;
  /** Stops the worker with SIGTERM (SIGKILL if it hangs) and resolves with its exit code. */
  stop(): Promise<number | null>;
  exited: Promise<number | null>;
}

export function startWorker(env: Record<string, string>): WorkerProcess {
  // An empty working directory, so a developer's own .env cannot leak into the test.
  const cwd = mkdtempSync(join(tmpdir(), "worker-e2e-"));
  const child = spawn(process.execPath, [WORKER_ENTRY], { cwd, env: { PATH: process.env.PATH ?? "", ...env }, stdio: "pipe" });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  // A backstop for a test run that dies before its afterAll: never leave a worker polling.
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      process.off("exit", killOnExit);
      resolve(code);
    }),
  );

  return {
    output: () => output,
    waitForOutput: (text, ms = 10_000) => waitFor(() => output.includes(text), ms, () => `no "${text}" in:\n${output}`),
    stop: async () => {
      const code = await stopChild(child, exited);
      rmSync(cwd, { recursive: true, force: true });
      return code;
    },
    exited,
  };
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  child.kill("SIGTERM");
  const hung = setTimeout(() => child.kill("SIGKILL"), 5_000);
  const code = await exited;
  clearTimeout(hung);
  return code;
}

async function waitFor(done: () => boolean, ms: number, describe: () => string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(describe());
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
