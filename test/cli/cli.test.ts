import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_ERRORS } from "../../src/knowledge/messages.js";
import { citationMark } from "../../src/presentation/citation.js";
import { citeMissingSentence, copyKnowledge, editEntries } from "../helpers/knowledge-copy.js";

const cli = (args: string[], input = "", env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
    input,
    encoding: "utf8",
    cwd: new URL("../..", import.meta.url).pathname,
    env: { ...process.env, ...env },
  });

describe("the command line", () => {
  it("ask prints the short answer, then each cited sentence quoted and cited as Telegram cites it", () => {
    const run = cli(["ask", "where is volkov based"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Lithuania/);
    expect(run.stdout).toContain(`“Volkov, who is based in Lithuania, is one of several Navalny allies now abroad or under house arrest in Russia.” ${citationMark("9.1")}`);
    expect(citationMark("9.1")).toBe("[¶9.1]");
  });

  it("ask --jsonl answers one JSON line per input line, in order, in the scorer's shape", () => {
    const run = cli(["ask", "--jsonl"], "hashtagg\nhey\nWhat is the population of Moscow?\n\n");
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.question)).toEqual(["hashtagg", "hey", "What is the population of Moscow?", ""]);
    expect(lines.map((l) => l.kind)).toEqual(["answer", "chitchat", "none", "none"]);
    expect(lines[0].citations[0].id).toBe("10.1");
    for (const l of lines) {
      expect(typeof l.text).toBe("string");
      expect(Array.isArray(l.citations)).toBe(true);
      expect(l.confidence).toBeGreaterThanOrEqual(0);
    }
  });

  it("ask --json prints one object", () => {
    const run = cli(["ask", "--json", "who is navalny's wife"]);
    expect(JSON.parse(run.stdout)).toMatchObject({ kind: "answer", citations: [{ id: "11.1" }] });
  });

  it("ask without a question explains its usage and exits 2", () => {
    const run = cli(["ask"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Usage/);
  });

  it("chat answers each line and exits 0 at end of input (Ctrl-D)", () => {
    const run = cli(["chat"], "where were the vigils held\n");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/bot> .*courtyards/s);
  });

  it("chat reads a follow-up with the previous answer's subject, says how it read it, and tells more on request", () => {
    const run = cli(["chat"], "Why was Navalny jailed?\nand when?\ntell me more\nwhy?\n");
    expect(run.status).toBe(0);
    const replies = run.stdout.split("bot> ").slice(1);
    // Read as "when was Navalny jailed?": the date is in sentence 6.2.
    expect(replies[1]).toMatch(/^\(When .*\?\)\n(.+\n)*\s+“He was jailed on February 2.*\[¶6\.2\]/);
    expect(replies[2]).toMatch(/^The article, ¶5–7:\n\s+¶5 .+\n\s+¶6 .+\*He was jailed on February 2 .+\*\n\s+¶7 /);
    expect(replies[3]).toMatch(/^\(Why .*\?\)\n(.+\n)*.*\[¶6\.2\]/);
  });

  it("chat asks for a whole question when a follow-up has nothing to follow", () => {
    const run = cli(["chat"], "and why?\n");
    expect(run.stdout).toContain("bot> About what? Ask me a whole question.");
  });

  it("knowledge:check reports the knowledge sound", () => {
    const run = cli(["knowledge:check"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/knowledge ok: 17 sentences/);
  });
});

describe("the command line on knowledge that fails its check", () => {
  const dir = copyKnowledge();
  editEntries(dir, citeMissingSentence("volkov-location"));
  const problem = KNOWLEDGE_ERRORS.unknownCitation("volkov-location", "99.1");

  it.each([["ask", "where is volkov based"], ["chat"], ["knowledge:check"], ["report"]])("%s refuses to start: exit 1 and the check's message, naming the entry", (...args) => {
    const run = cli(args, "where is volkov based\n", { KNOWLEDGE_DIR: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(problem);
    expect(run.stdout).toBe("");
  });

  it("names the file when a knowledge file is not even JSON", () => {
    const broken = copyKnowledge();
    writeFileSync(join(broken, "gaps.json"), "[{");
    const run = cli(["ask", "hi"], "", { KNOWLEDGE_DIR: broken });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/gaps\.json is not valid JSON/);
  });

  it("stops `npm run build` too: it runs the check with the built command line, after compiling", () => {
    const { scripts } = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { scripts: Record<string, string> };
    expect(scripts.build).toBe("tsc -p tsconfig.build.json && node dist/cli.js knowledge:check");
  });

  it("answers from the folder KNOWLEDGE_DIR names", () => {
    const edited = copyKnowledge();
    editEntries(edited, (qa) => void (qa.find((e) => e.id === "volkov-location")!.answer = "Volkov is based in Lithuania, abroad."));
    expect(cli(["ask", "where is volkov based"], "", { KNOWLEDGE_DIR: edited }).stdout).toMatch(/^Volkov is based in Lithuania, abroad\./);
  });
});
