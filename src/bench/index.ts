import { runEngineBench } from "./engine-bench.js";

/** `npm run bench`: figures to report, never assertions. */
export async function runBench(_args: string[]): Promise<number> {
  for (const line of runEngineBench()) console.log(line);
  return 0;
}
