import { Context } from "telegraf";
import type { Answer } from "../engine/types.js";
import type { Logger } from "../logger.js";

/** What a handler did with an update, for its log line. */
export interface Outcome {
  /** Which handler took the update: "question", "command:/help", "button:context", "inline", … */
  handler: string;
  /** The engine answer given, when there was one. */
  answer?: Answer;
}

/** telegraf's context plus the per-update logger and outcome the update log reads. */
export class BotContext extends Context {
  /** A child logger bound to this update; set by the update log before any handler runs. */
  declare log: Logger;
  outcome?: Outcome;
}
