// Knowledge edits while the worker runs, and knowledge it must refuse: first the reloader alone,
// then the real worker (src/main.ts) against the fake Bot API, its KNOWLEDGE_DIR edited under it.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { startFakeBotApi, textUpdate, type FakeBotApi } from "../src/bench/fake-bot-api.js";
import { spawnWorker, type SpawnedWorker } from "../src/bench/spawn-worker.js";
import type { Engine } from "../src/engine/types.js";
import { loadKnowledge } from "../src/knowledge/load.js";
import { KNOWLEDGE_ERRORS } from "../src/knowledge/messages.js";
import { createKnowledgeReloader, RELOAD_LOG, watchKnowledge } from "../src/reload.js";
import { citeMissingSentence, copyKnowledge, editEntries } from "./helpers/knowledge-copy.js";
import { STORE_BACKENDS } from "./helpers/stores.js";
import { captureLogs, TOKEN, waitUntil } from "./pipeline/harness.js";

const NEW_ANSWER = "Volkov is based in Lithuania, abroad (edited).";
/** The fixed edit: the missing sentence no longer cited, and a new short answer to tell it by. */
const fixVolkov = (dir: string) =>
  editEntries(dir, (qa) => {
    const entry = qa.find((e) => e.id === "volkov-location")!;
    entry.cites = entry.cites.filter((id) => id !== "99.1");
    entry.answer = NEW_ANSWER;
  });
const BROKEN = KNOWLEDGE_ERRORS.unknownCitation("volkov-location", "99.1");

describe("the knowledge reloader", () => {
  function setUp() {
    const dir = copyKnowledge();
    const logs = captureLogs();
    const used: Engine[] = [];
    const reload = createKnowledgeReloader({ dir, logger: logs.logger, running: loadKnowledge(dir), use: (engine) => void used.push(engine) });
    return { dir, logs, used, reload };
  }

  it("keeps the running engine on an edit that fails the check, and logs the check's message naming the entry", () => {
    const { dir, logs, used, reload } = setUp();
    editEntries(dir, citeMissingSentence("volkov-location"));
    expect(reload("file changed")).toBe(false);
    expect(used).toEqual([]);
    const [line] = logs.lines();
    expect(line).toMatchObject({ level: 50, reason: "file changed" });
    expect(line?.msg).toContain(RELOAD_LOG.refused);
    expect(line?.msg).toContain(BROKEN);
  });

  it("then takes the fixed edit: the bot is moved onto an engine over it, in one call", () => {
    const { dir, logs, used, reload } = setUp();
    editEntries(dir, citeMissingSentence("volkov-location"));
    reload("file changed");
    fixVolkov(dir);
    expect(reload("file changed")).toBe(true);
    expect(used).toHaveLength(1);
    const answer = used[0]!.answer("where is volkov based");
    expect(answer.kind === "answer" && answer.shortAnswer).toBe(NEW_ANSWER);
    expect(logs.lines().at(-1)).toMatchObject({ level: 30, msg: RELOAD_LOG.reloaded, reason: "file changed", entries: expect.any(Number) });
  });

  it("builds no engine when nothing the bot loads has changed, and says so to a SIGHUP", () => {
    const { logs, used, reload } = setUp();
    expect(reload("SIGHUP")).toBe(false);
    expect(used).toEqual([]);
    expect(logs.lines()).toMatchObject([{ level: 30, msg: RELOAD_LOG.unchanged, reason: "SIGHUP" }]);
  });

  it("logs the same refusal once while an editor keeps touching the folder, and again on SIGHUP", () => {
    const { dir, logs, reload } = setUp();
    editEntries(dir, citeMissingSentence("volkov-location"));
    reload("file changed");
    reload("file changed");
    expect(logs.lines().filter((l) => l.level === 50)).toHaveLength(1);
    reload("SIGHUP");
    expect(logs.lines().filter((l) => l.level === 50)).toHaveLength(2);
  });
});

describe("watching the knowledge folder", () => {
  it("calls back once a burst of writes has settled", async () => {
    const dir = copyKnowledge();
    let calls = 0;
    const watcher = watchKnowledge(dir, () => calls++, captureLogs().logger, 50);
    try {
      for (let i = 0; i < 3; i++) writeFileSync(join(dir, "notes.txt"), `edit ${i}`);
      await waitUntil(() => calls > 0);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(calls).toBe(1);
    } finally {
      watcher.close();
    }
  });
});

const MAIN = fileURLToPath(new URL("../src/main.ts", import.meta.url));

describe("the worker and its knowledge folder", () => {
  let api: FakeBotApi | undefined;
  let worker: SpawnedWorker | undefined;
  afterEach(async () => {
    await worker?.stop(1000);
    await api?.close();
  });

  async function start(dir: string): Promise<SpawnedWorker> {
    api = await startFakeBotApi({ maxHoldMs: 200 });
    const database = await STORE_BACKENDS[0]!.fresh();
    worker = spawnWorker(MAIN, { BOT_TOKEN: TOKEN, NODE_ENV: "production", TELEGRAM_API_ROOT: api.url, KNOWLEDGE_DIR: dir, DATABASE_PATH: database.kind === "sqlite" ? database.path : "" });
    return worker;
  }
  const lines = () => (worker?.output() ?? "").trim().split("\n").filter(Boolean).map((line) => JSON.parse(line) as { level: number; msg: string; reason?: string });
  let updateId = 1;
  async function ask(text: string): Promise<string> {
    const sent = api!.calls.filter((c) => c.method === "sendMessage" && c.ok).length;
    api!.push(textUpdate(updateId++, text));
    await api!.waitFor("sendMessage", sent + 1);
    return String(api!.calls.filter((c) => c.method === "sendMessage" && c.ok).at(-1)?.payload.text);
  }

  it("refuses to start on knowledge that fails the check: exit 1, the check's message naming the entry, no update taken", async () => {
    const dir = copyKnowledge();
    editEntries(dir, citeMissingSentence("volkov-location"));
    await start(dir);
    expect(await worker!.exited).toBe(1);
    const fatal = lines().filter((l) => l.level === 60);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]?.msg).toContain(BROKEN);
    expect(api!.calls.map((c) => c.method)).not.toContain("getUpdates");
  }, 20_000);

  it("keeps answering from the running knowledge through a broken edit, takes the fixed one, and rereads on SIGHUP", async () => {
    const dir = copyKnowledge();
    await start(dir);
    expect(await ask("where is volkov based")).not.toContain(NEW_ANSWER);

    editEntries(dir, citeMissingSentence("volkov-location"));
    await waitUntil(() => lines().some((l) => l.level === 50 && l.msg.includes(BROKEN)), 10_000);
    expect(await ask("where is volkov based")).toContain("Lithuania");

    fixVolkov(dir);
    await waitUntil(() => lines().some((l) => l.msg === RELOAD_LOG.reloaded), 10_000);
    expect(await ask("where is volkov based")).toContain(NEW_ANSWER);

    worker!.child.kill("SIGHUP");
    await waitUntil(() => lines().some((l) => l.msg === RELOAD_LOG.unchanged && l.reason === "SIGHUP"), 10_000);
    expect(await worker!.stop()).toBe(0);
  }, 40_000);
});
