// The worker (`node dist/main.js`, the Procfile's worker line): wiring and signals only.
// config → logger → knowledge (checked) → store → engine → bot → pipeline (receive, outbox, send),
// and the knowledge reloads (SIGHUP, a change in its folder).
import { existsSync } from "node:fs";
import { ConfigError, createConfig, type Config } from "./config.js";
import { KnowledgeError, loadCheckedKnowledge } from "./knowledge/checked.js";
import { createLogger, type Logger } from "./logger.js";
import { createPipeline, StartupError } from "./pipeline/index.js";
import { LOG_TEXT } from "./pipeline/messages.js";
import { createKnowledgeReloader, readyEngine, watchKnowledge } from "./reload.js";
import { createStore, StoreError, type Store } from "./store/index.js";
import { createBot } from "./telegram/bot.js";
import { publishCommandMenu } from "./telegram/handlers/commands.js";

function readConfig(): Config {
  // Values already in the environment win over .env (process.loadEnvFile never overrides them).
  if (existsSync(".env")) process.loadEnvFile(".env");
  try {
    return createConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    // One line a person can act on; a stack trace would only bury it.
    console.error(error.message);
    process.exit(1);
  }
}

/** What must never reach a log line: the token, the webhook secret, the database's password. */
function secretsOf(config: Config): string[] {
  const database = config.database.kind === "postgres" ? new URL(config.database.url) : undefined;
  return [config.botToken, config.webhook?.secret ?? "", database?.password ?? "", database ? decodeURIComponent(database.password) : ""];
}

/** Anything thrown outside an update still goes through the redacting logger, never raw to stderr. */
function logUncaught(logger: Logger): void {
  const fatal = (error: unknown) => {
    logger.fatal({ err: error }, "uncaught error");
    logger.flush();
    process.exit(1);
  };
  process.on("uncaughtException", fatal);
  process.on("unhandledRejection", fatal);
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger({ level: config.logLevel, secrets: secretsOf(config), format: config.logFormat });
  logUncaught(logger);
  let store: Store | undefined;
  let watcher: { close(): void } | undefined;
  try {
    // Knowledge that fails the check never runs: an entry citing a sentence the article lacks once answered with no citation.
    const knowledge = loadCheckedKnowledge(config.knowledgeDir);
    store = await createStore({ database: config.database, secret: config.botToken });
    const pipeline = createPipeline({ store, options: config.pipeline, logger, telegram: { apiRoot: config.telegramApiRoot, token: config.botToken } });
    const bot = createBot(readyEngine(knowledge), {
      config,
      logger,
      pipeline,
      questionLog: config.questionLog.enabled ? { keepDays: config.questionLog.keepDays } : undefined,
      stats: { log: store.questions, admins: config.adminUserIds },
    });
    logger.info({ paragraphs: knowledge.paragraphs.length, entries: knowledge.qa.length, store: store.kind, question_log: config.questionLog.enabled }, "knowledge loaded");
    const reload = createKnowledgeReloader({ dir: config.knowledgeDir, logger, running: knowledge, use: (engine) => bot.useEngine(engine) });
    process.on("SIGHUP", () => reload("SIGHUP"));
    watcher = watchKnowledge(config.knowledgeDir, () => reload("file changed"), logger);

    const running = pipeline.run(bot, config.webhook ? { webhook: config.webhook } : { healthPort: config.healthPort });
    let stopping: Promise<void> | undefined;
    // process.on, not once: platforms may signal more than once, and a second signal must not kill the drain.
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.on(signal, () => {
        if (stopping) logger.info({ signal }, LOG_TEXT.alreadyStopping);
        stopping ??= running.stop(signal);
      });
    }
    void running.started.then(() => publishCommandMenu(bot.telegram, logger));
    try {
      await running.done;
    } finally {
      await (stopping ?? running.stop("could not start"));
    }
    logger.info(LOG_TEXT.stopped);
  } catch (error) {
    // These messages say what failed and what to check; their causes add nothing to act on.
    if (error instanceof StartupError || error instanceof StoreError || error instanceof KnowledgeError) logger.fatal(error.message);
    else logger.fatal({ err: error }, "the bot could not run");
    process.exitCode = 1;
  } finally {
    watcher?.close();
    await store?.close();
    logger.flush();
  }
  process.exit();
}

await main();
