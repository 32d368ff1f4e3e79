import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { databaseFromEnv } from "../config.js";
import type { Engine } from "../engine/types.js";
import { buildReport, DEFAULT_REPORT_DAYS, reportStart } from "../report/build.js";
import { formatReportHtml } from "../report/format-html.js";
import { formatReportText } from "../report/format-text.js";
import { openQuestionLog } from "../store/index.js";

const USAGE = "Usage: npm run report -- [--days N] [--json] [--html FILE]   (N: 1 to 366 days, 7 unless given)";
const MAX_DAYS = 366;

/**
 * `npm run report`: what readers asked in the last N days and how it went, from the worker's store
 * (DATABASE_URL or DATABASE_PATH, as the worker reads them). Text on stdout, or one JSON object
 * with --json; --html FILE also writes the page.
 */
export async function runReport(engine: Engine, args: string[], env: Readonly<Record<string, string | undefined>>, now = Date.now()): Promise<number> {
  let options;
  try {
    options = parseArgs({ args, options: { days: { type: "string" }, json: { type: "boolean" }, html: { type: "string" } }, strict: true }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const days = Number(options.days ?? DEFAULT_REPORT_DAYS);
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
    console.error(`--days must be a whole number from 1 to ${MAX_DAYS}, got "${options.days}".\n${USAGE}`);
    return 2;
  }
  const log = await openQuestionLog(databaseFromEnv(env));
  let rows;
  try {
    rows = await log.questions.tally(reportStart(days, now));
  } finally {
    await log.close();
  }
  const report = buildReport(rows, { days, now, engine });
  if (options.html !== undefined) {
    writeFileSync(options.html, formatReportHtml(report));
    console.error(`report written to ${options.html}`);
  }
  console.log(options.json ? JSON.stringify(report, null, 2) : formatReportText(report));
  return 0;
}
