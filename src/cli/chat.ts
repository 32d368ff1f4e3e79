import { createInterface } from "node:readline";
import type { Engine } from "../engine/types.js";
import { formatAnswerText } from "./format-text.js";

/** A console chat on the same engine the bot uses: the way to try the bot without Telegram. */
export async function runChat(engine: Engine): Promise<number> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  console.log(`Ask me about: ${engine.knowledge.title}\n(Ctrl-D or "/quit" to leave.)`);
  rl.setPrompt("you> ");
  rl.prompt();
  for await (const line of rl) {
    if (line.trim() === "/quit") break;
    console.log(`bot> ${formatAnswerText(engine.answer(line)).replace(/\n/g, "\n     ")}\n`);
    rl.prompt();
  }
  rl.close();
  return 0;
}
