/** What the resilience layer says to people and to operators, in one place so tests import it. */
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
  webhookListening: "webhook server listening",
  handlerFailed: "update failed",
  apologyFailed: "could not send the apology",
  draining: "no new updates; finishing those in flight",
  drainTimedOut: "shutdown grace period over, exiting with updates still in flight",
  apiRetrying: "Bot API call failed, retrying",
  apiGaveUp: "Bot API call failed, giving up",
});
