// The worker (`npm start`, the Procfile's worker line): wiring and signals only.
// config → logger → knowledge → engine → bot → command menu → long polling (or a webhook).
import { existsSync } from "node:fs";
import { ConfigError, createConfig, type Config } from "./config.js";
import { createEngine } from "./engine/index.js";
import { warmUp } from "./engine/sample-questions.js";
import { loadKnowledge } from "./knowledge/load.js";
import { createLogger } from "./logger.js";
import { createBot } from "./telegram/bot.js";
import { publishCommandMenu } from "./telegram/handlers/commands.js";
import { createResilience, runBot, StartupError } from "./telegram/resilience/index.js";

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

async function main(): Promise<void> {
  const config = readConfig();
  const secrets = [config.botToken, config.webhook?.secret ?? ""];
  const logger = createLogger({ level: config.logLevel, secrets, format: config.logFormat });
  try {
    const knowledge = loadKnowledge();
    const resilience = createResilience(config.resilience, logger);
    const engine = createEngine(knowledge);
    warmUp(engine);
    const bot = createBot(engine, { config, logger, resilience });
    logger.info({ paragraphs: knowledge.paragraphs.length, entries: knowledge.qa.length }, "knowledge loaded");

    const running = runBot(bot, resilience, config.webhook);
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.once(signal, () => {
        logger.info({ signal }, "stopping");
        // stop() is bounded by the shutdown grace period; exit then, even if a retry still waits.
        void running.stop(signal).finally(() => {
          logger.flush();
          process.exit(0);
        });
      });
    }

    await publishCommandMenu(bot.telegram, logger);
    await running.done;
    logger.info("bot stopped");
  } catch (error) {
    // A StartupError's message says what failed and what to check; its cause adds nothing to act on.
    if (error instanceof StartupError) logger.fatal(error.message);
    else logger.fatal({ err: error }, "the bot could not run");
    process.exitCode = 1;
  }
}

await main();
