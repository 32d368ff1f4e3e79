// The update pipeline: receive (long polling or a webhook) → handle (the bot's middlewares, calls
// captured) → outbox (the store, one transaction per batch) → send (per chat, paced, retried,
// bounded). Made once in main.ts; the bot factory installs its capture, run() starts the rest.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import type { Telegraf } from "telegraf";
import type { UserFromGetMe } from "telegraf/types";
import type { Logger } from "../logger.js";
import type { Store, StoredCall } from "../store/index.js";
import type { BotContext } from "../telegram/context.js";
import { createBotApi } from "./bot-api.js";
import { createFloodLimit } from "./flood-limit.js";
import { createHandling } from "./handling.js";
import { closeServer, createHttpServer, listen, type WebhookSettings } from "./http-server.js";
import { LOG_TEXT } from "./messages.js";
import type { PipelineOptions } from "./options.js";
import { createPacer } from "./pacer.js";
import { poll } from "./polling.js";
import { createSender, laneOf } from "./sender.js";
import { runWithStartupRetry } from "./startup.js";

export { DEFAULT_PIPELINE, pipelineOptions, pipelineOptionsFromEnv, type PipelineOptions } from "./options.js";
export { StartupError } from "./startup.js";
export type { WebhookSettings } from "./http-server.js";

export interface PipelineDeps {
  store: Store;
  options: PipelineOptions;
  logger: Logger;
  telegram: { apiRoot: string; token: string };
}

/** How updates arrive: a webhook, or long polling (with a health endpoint on healthPort, if given). */
export type Receiving = { webhook: WebhookSettings } | { healthPort?: number };

export interface RunningBot {
  /** Settles when the bot has stopped; rejects with a StartupError when it cannot start. */
  done: Promise<void>;
  /** Resolves once the bot knows itself (getMe) and is taking updates. */
  started: Promise<void>;
  /** Stops taking updates, sends what it can within the grace period; called again, the same promise. */
  stop(reason: string): Promise<void>;
  /** The port the health (and webhook) server listens on, once it does (the one given, or the one found for 0). */
  port(): number | undefined;
}

export type Pipeline = ReturnType<typeof createPipeline>;

export function createPipeline({ store, options, logger, telegram }: PipelineDeps) {
  const api = createBotApi({ ...telegram, connections: options.maxConcurrentSends + 2 });
  const pacer = createPacer(options.pacing);
  const flood = createFloodLimit(options.flood);
  const sender = createSender({ api, outbox: store.outbox, pacer, options, logger });
  const handling = createHandling({ api, outbox: store.outbox, sender, flood, options, logger });

  function run(bot: Telegraf<BotContext>, receiving: Receiving): RunningBot {
    const stopping = new AbortController();
    let lastPollAt = 0;
    let markStarted!: () => void;
    const started = new Promise<void>((resolve) => (markStarted = resolve));
    // Calls made outside an update (getMe, setMyCommands …) take the same bounded way.
    bot.telegram.callApi = ((method: string, payload: object) => api.call(method, payload, { timeoutMs: options.callTimeoutMs })) as typeof bot.telegram.callApi;
    const sweeper = setInterval(() => sweep(Date.now()), options.sweepIntervalMs).unref();
    const pruner = setInterval(() => pruneQuestionLog(Date.now()), options.questionLogPruneIntervalMs).unref();
    const webhook = "webhook" in receiving ? receiving.webhook : undefined;
    const healthPort = webhook?.port ?? ("healthPort" in receiving ? receiving.healthPort : undefined);
    const recentPollMs = options.pollTimeoutSeconds * 1000 + options.pollMarginMs;
    let boundPort: number | undefined;
    const server: Server | undefined =
      healthPort === undefined
        ? undefined
        : createHttpServer({
            health: () => {
              const ok = bot.botInfo !== undefined && (webhook !== undefined || Date.now() - lastPollAt < recentPollMs);
              return { ok, body: { status: ok ? "ok" : bot.botInfo ? "not polling" : "starting", outbox: sender.pending } };
            },
            webhook: webhook && {
              settings: webhook,
              limits: options.webhook,
              accepting: () => bot.botInfo !== undefined && sender.hasRoom && !stopping.signal.aborted,
              receive: handling.receive,
            },
          });

    async function start(): Promise<void> {
      bot.botInfo ??= (await api.call("getMe", {}, { timeoutMs: options.callTimeoutMs, signal: stopping.signal })) as UserFromGetMe;
      if (webhook) {
        await api.call("setWebhook", { url: webhook.url, secret_token: webhook.secret }, { timeoutMs: options.callTimeoutMs, signal: stopping.signal });
        logger.info({ username: bot.botInfo.username }, LOG_TEXT.startedWebhook);
        markStarted();
        await new Promise((resolve) => stopping.signal.addEventListener("abort", resolve, { once: true }));
        return;
      }
      await api.call("deleteWebhook", {}, { timeoutMs: options.callTimeoutMs, signal: stopping.signal });
      logger.info({ username: bot.botInfo.username }, LOG_TEXT.startedPolling);
      markStarted();
      await poll({ api, options, logger, receive: handling.receive, room: sender.room, polled: () => (lastPollAt = Date.now()) }, stopping.signal);
    }

    const done = (async () => {
      pruneQuestionLog(Date.now());
      const resumed = await sender.resume(laneOfStored);
      if (resumed > 0) logger.info({ count: resumed }, LOG_TEXT.resumed);
      if (server) {
        await listen(server, healthPort!, webhook?.host);
        boundPort = (server.address() as AddressInfo).port;
        logger.info({ port: boundPort }, LOG_TEXT.listening);
      }
      await runWithStartupRetry(start, { options, logger, lastPollAt: () => lastPollAt, signal: stopping.signal });
    })();
    // Handled here so a failed start is never an "unhandled rejection" before main awaits it.
    done.catch(() => undefined);

    let stopped: Promise<void> | undefined;
    function stop(reason: string): Promise<void> {
      stopped ??= (async () => {
        const deadline = Date.now() + options.shutdownGraceMs;
        const left = () => Math.max(0, deadline - Date.now());
        logger.info({ reason, outbox: sender.pending }, LOG_TEXT.stopping);
        stopping.abort();
        clearInterval(sweeper);
        clearInterval(pruner);
        const closing = server ? closeServer(server) : Promise.resolve();
        await Promise.race([Promise.all([closing, done.catch(() => undefined)]), sleep(left(), undefined, { ref: false })]);
        while (handling.inFlight > 0 && left() > 0) await sleep(5);
        const drained = await sender.drain(left());
        await sender.stop();
        server?.closeAllConnections();
        if (!drained) logger.warn({ outbox: sender.pending }, LOG_TEXT.leftStored);
      })();
      return stopped;
    }

    return { done, started, stop, port: () => boundPort };
  }

  function sweep(now: number): void {
    sender.summarize();
    pacer.sweep(now);
    flood.sweep(now);
    store.outbox.forgetHandledBefore(now - options.handledUpdatesKeepMs).catch((err: unknown) => logger.error({ err }, LOG_TEXT.storeFailed));
  }

  /** Questions older than QUESTION_LOG_DAYS go: at start, then daily. */
  function pruneQuestionLog(now: number): void {
    store.questions.forgetBefore(now - options.questionLogKeepMs).then(
      (count) => count > 0 && logger.info({ count }, LOG_TEXT.pruned),
      (err: unknown) => logger.error({ err }, LOG_TEXT.storeFailed),
    );
  }

  return { install: handling.install, run };
}

function laneOfStored(call: StoredCall) {
  return laneOf(call.method, JSON.parse(call.body.toString("utf8")) as Record<string, unknown>);
}
