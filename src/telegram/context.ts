import { Context } from "telegraf";
import type { Answer } from "../engine/types.js";
import type { Logger } from "../logger.js";
import { type Lang, MESSAGES, type Messages, readerLanguage } from "./messages/index.js";

/** What a handler did with an update, for its log line. */
export interface Outcome {
  /** Which handler took the update: "question", "command:/help", "button:context", "inline", … */
  handler: string;
  /** The engine answer given, when there was one. */
  answer?: Answer;
  /** The reader's own words the answer is for, and the id the question log keeps them under (when it is on). */
  question?: { id: number; text: string };
  /** A 👍 (up) or 👎 pressed under the answer to a logged question. */
  vote?: { questionId: number; up: boolean };
  /** /forget: the reader asked that everything kept about them be deleted. */
  forget?: boolean;
}

/** telegraf's context plus the per-update logger and outcome the update log reads, and the reader's language. */
export class BotContext extends Context {
  /** A child logger bound to this update; set by the update log before any handler runs. */
  declare log: Logger;
  outcome?: Outcome;

  /**
   * From the reader's Telegram settings, or the Cyrillic they write. A button press carries no words
   * of theirs (the message it sits on is the bot's), so only their settings count there.
   */
  get lang(): Lang {
    const written = this.callbackQuery ? undefined : (this.text ?? this.inlineQuery?.query);
    return readerLanguage(this.from?.language_code, written);
  }

  get messages(): Messages {
    return MESSAGES[this.lang];
  }
}
