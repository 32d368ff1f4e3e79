import { runAsk } from "./cli/ask.js";
import { runChat } from "./cli/chat.js";
import { runKnowledgeCheck } from "./cli/check.js";
import { createEngine } from "./engine/index.js";
import { loadKnowledge } from "./knowledge/load.js";

const COMMANDS = ["ask", "chat", "knowledge:check", "lexicon", "bench"];

/** Entry point of the npm scripts that need no Telegram token: ask, chat, knowledge:check, bench. */
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
  const knowledge = loadKnowledge();
  if (command === "knowledge:check") return runKnowledgeCheck(knowledge);
  if (command === "lexicon") return (await import("./cli/lexicon.js")).runLexicon(knowledge);
  const engine = createEngine(knowledge);
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
