import { existsSync } from "node:fs";
import { runAsk } from "./cli/ask.js";
import { runChat } from "./cli/chat.js";
import { reportKnowledgeSound } from "./cli/check.js";
import { knowledgeDirFromEnv } from "./config.js";
import { createEngine } from "./engine/index.js";
import { loadCheckedKnowledge } from "./knowledge/checked.js";

const COMMANDS = ["ask", "chat", "knowledge:check", "lexicon", "report", "bench"];

/** Entry point of the npm scripts that need no Telegram token: ask, chat, knowledge:check, report, bench. */
async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || !COMMANDS.includes(command)) {
    console.error(`Usage: tsx src/cli.ts <${COMMANDS.join("|")}> [args]`);
    return 2;
  }
  if (command === "bench") {
    const { runBench } = await import("./bench/index.js");
    return runBench(args);
  }
  // The worker's .env names the same knowledge folder and database; values already set win.
  if (existsSync(".env")) process.loadEnvFile(".env");
  const dir = knowledgeDirFromEnv(process.env);
  // Knowledge that fails the check stops every command here, with the check's message (exit 1).
  const knowledge = loadCheckedKnowledge(dir);
  if (command === "knowledge:check") return reportKnowledgeSound(knowledge);
  if (command === "lexicon") return (await import("./cli/lexicon.js")).runLexicon(knowledge, dir);
  const engine = createEngine(knowledge);
  if (command === "report") return (await import("./cli/report.js")).runReport(engine, args, process.env);
  return command === "ask" ? runAsk(engine, args) : runChat(engine);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
