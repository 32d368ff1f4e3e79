// /stats: the last week's summary of the question log, for the admins (ADMIN_USER_IDS) in a
// private chat. Anyone else, anywhere else, gets what any command the bot doesn't know gets.
import type { Message } from "telegraf/types";
import { buildReport, DEFAULT_REPORT_DAYS, reportStart } from "../../report/build.js";
import { formatReportText } from "../../report/format-text.js";
import type { QuestionLog } from "../../store/index.js";
import { clipText, escapeHtml, MESSAGE_LIMIT } from "../html.js";
import { replyWithHtml } from "../reply.js";
import type { CommandHandler, Handler } from "../router.js";
import type { Answering } from "./answering.js";

export interface StatsDeps {
  admins: ReadonlySet<number>;
  /** The store's question log; without one, /stats is unknown to everyone. */
  log?: Pick<QuestionLog, "tally">;
}

// Room for <pre></pre> in a message.
const PRE_TEXT_MAX = MESSAGE_LIMIT - 20;

export function statsHandler(answering: Answering, { admins, log }: StatsDeps, otherwise: Handler<Message.TextMessage>): CommandHandler {
  return async (ctx, message) => {
    if (log === undefined || message.chat.type !== "private" || !admins.has(ctx.from?.id ?? 0)) return otherwise(ctx, message);
    ctx.outcome = { handler: "command:/stats" };
    const now = Date.now();
    const rows = await log.tally(reportStart(DEFAULT_REPORT_DAYS, now));
    const text = formatReportText(buildReport(rows, { days: DEFAULT_REPORT_DAYS, now, engine: answering.engine }), { top: 5, width: 40 });
    // Monospace keeps the columns; escaped, since the questions are readers' words.
    await replyWithHtml(ctx, `<pre>${escapeHtml(clipText(text, PRE_TEXT_MAX))}</pre>`, { replyTo: message.message_id });
  };
}
