/** What the pipeline says to people and to operators, in one place so tests import it. */
export const USER_TEXT = Object.freeze({
  apology: "Sorry, something went wrong on my side while answering that. Please try again.",
  floodNotice: (windowSeconds: number) =>
    `You're asking faster than I can keep up. I'll answer again within ${windowSeconds} seconds.`,
  tooLong: (maxChars: number) =>
    `That message is too long for me to search (over ${maxChars} characters). Please ask a short question about the article.`,
});

export const STARTUP_TEXT = Object.freeze({
  unauthorized:
    "Telegram rejected the bot token (401 Unauthorized). Check BOT_TOKEN: it must be the token @BotFather gave for this bot.",
  gaveUp: (seconds: number, cause: string) => `Could not start the bot within ${seconds} s (last error: ${cause}).`,
  conflictHint: " Another instance is still polling this bot: stop it, since only one process may poll a bot at a time.",
  failed: (detail: string) => `Could not start the bot: ${detail}`,
  retrying: "start-up failed, retrying",
});

export const LOG_TEXT = Object.freeze({
  startedPolling: "bot started, long polling",
  startedWebhook: "bot started, webhook set",
  listening: "health and webhook server listening",
  resumed: "replies left by the last run, sending them",
  handlerFailed: "update failed",
  pollFailed: "getUpdates failed, polling again",
  storeFailed: "the store failed",
  commitFailed: "could not store the update's replies; it is not confirmed, so Telegram will deliver it again",
  sendFailed: "sending failed unexpectedly",
  retrying: "Bot API call failed, retrying",
  dropped: "Bot API call failed, giving up",
  expired: "reply not delivered in time, dropped",
  unreadable: "stored replies sealed under another bot token, dropped",
  sent: "reply sent",
  summary: "replies since the last summary",
  stopping: "stopping: no new updates; sending what is stored",
  alreadyStopping: "already stopping",
  leftStored: "shutdown grace period over; replies left in the store for the next start",
  stopped: "bot stopped",
  pruned: "questions older than QUESTION_LOG_DAYS deleted",
});
