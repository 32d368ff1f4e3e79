import { createInterface } from "node:readline";
import type { Engine } from "../engine/types.js";
import { answerRecord, formatAnswerText, questionLanguage } from "./format-text.js";

const USAGE = 'Usage: npm run ask -- "your question"   (or --json / --explain "question", or --jsonl < questions.txt)';

/** `ask "q"` prints the answer for a person; `--json` one object; `--jsonl` one object per stdin line. */
export async function runAsk(engine: Engine, args: string[]): Promise<number> {
  const json = args.includes("--json");
  const jsonl = args.includes("--jsonl");
  const question = args.filter((a) => !a.startsWith("--")).join(" ");
  if (jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) process.stdout.write(JSON.stringify(answerRecord(line, engine.answer(line))) + "\n");
    return 0;
  }
  if (!question.trim()) {
    console.error(USAGE);
    return 2;
  }
  if (args.includes("--explain")) console.log(JSON.stringify(engine.explain(question), null, 1));
  const answer = engine.answer(question);
  console.log(json ? JSON.stringify(answerRecord(question, answer)) : formatAnswerText(answer, questionLanguage(question)));
  return 0;
}
