import { runBotBench } from "./bot-bench.js";
import { runEngineBench } from "./engine-bench.js";

/** `npm run bench`: figures to report, never assertions. `-- --engine` skips the ~30 s bot run. */
export async function runBench(args: string[]): Promise<number> {
  for (const line of runEngineBench()) console.log(line);
  if (args.includes("--engine")) return 0;
  for (const line of await runBotBench()) console.log(line);
  return 0;
}
