import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Update } from "telegraf/types";
import { startFakeBotApi } from "./fake-bot-api.js";
import { spawnWorker } from "./spawn-worker.js";

/**
 * Runs one worker as its own process against a fresh fake Bot API holding `updates`, and measures
 * it from outside through /proc, so the worker needs no instrumenting and the fake server's own
 * CPU (in this process) is not counted.
 */
export interface WorkerRun {
  updates: number;
  seconds: number;
  updatesPerSecond: number;
  cpuMicrosPerUpdate: number;
  /** The same over the warm-up updates, while V8 still compiles the worker's code (0 without warm-up). */
  coldUpdatesPerSecond: number;
  coldCpuMicrosPerUpdate: number;
  peakRssBytes: number;
  startToFirstPollMs: number;
}

export interface WorkerSpec {
  entry: string;
  env: Record<string, string>;
  /** Answered first and measured apart, so the main figures are those of a worker that has been up a while. */
  warmup?: Update[];
  updates: Update[];
  timeoutMs: number;
  /** Extra node flags, e.g. --cpu-prof to see where a worker's time goes. */
  nodeArgs?: string[];
}

const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

export async function measureWorker(spec: WorkerSpec): Promise<WorkerRun> {
  const api = await startFakeBotApi({ maxHoldMs: 1000 });
  const warmup = spec.warmup ?? [];
  const push = (updates: Update[]) => {
    for (let i = 0; i < updates.length; i += 1000) api.push(...updates.slice(i, i + 1000));
  };
  push(warmup);
  const spawnedAt = performance.now();
  const worker = spawnWorker(spec.entry, { ...spec.env, TELEGRAM_API_ROOT: api.url }, spec.nodeArgs);
  const pid = worker.child.pid!;
  try {
    const failed = worker.exited.then((code) =>
      Promise.reject(new Error(`worker ${spec.entry} exited (${code}): ${worker.output().slice(-500)}`)),
    );
    const within = <T>(work: Promise<T>) => Promise.race([work, failed, timeout(spec.timeoutMs, spec.entry)]);
    // Every update here gets one reply: the answer, or the echo.
    const answered = (count: number) => within(api.waitFor("sendMessage", count));

    await within(api.waitFor("getUpdates"));
    const startToFirstPollMs = api.calls.find((c) => c.method === "getUpdates")!.at - spawnedAt;
    const cold = await measure(pid, warmup.length, () => answered(warmup.length));
    const warm = await measure(pid, spec.updates.length, () => {
      push(spec.updates);
      return answered(warmup.length + spec.updates.length);
    });
    return {
      updates: spec.updates.length,
      seconds: warm.seconds,
      updatesPerSecond: warm.updatesPerSecond,
      cpuMicrosPerUpdate: warm.cpuMicrosPerUpdate,
      coldUpdatesPerSecond: cold.updatesPerSecond,
      coldCpuMicrosPerUpdate: cold.cpuMicrosPerUpdate,
      peakRssBytes: peakRss(pid),
      startToFirstPollMs,
    };
  } finally {
    await worker.stop();
    await api.close();
  }
}

/** Wall time and the worker's CPU while `work` runs, per update. */
async function measure(pid: number, updates: number, work: () => Promise<void>) {
  if (updates === 0) return { seconds: 0, updatesPerSecond: 0, cpuMicrosPerUpdate: 0 };
  const cpuBefore = cpuMicros(pid);
  const startedAt = performance.now();
  await work();
  const seconds = (performance.now() - startedAt) / 1000;
  return { seconds, updatesPerSecond: updates / seconds, cpuMicrosPerUpdate: (cpuMicros(pid) - cpuBefore) / updates };
}

function cpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the ")" closing the command name: utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1e6;
}

function peakRss(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(match?.[1] ?? 0) * 1024;
}

function timeout(ms: number, what: string): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`${what}: no result within ${ms} ms`)), ms).unref();
  });
}
